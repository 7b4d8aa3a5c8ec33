using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Workflows.Signing;
using Wq.Blazor.Workflows.Terminations;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>
/// What a list row says before anyone opens it: an invitation the graduate cannot answer says why
/// (the same words as its page), and a termination the other party applied for is flagged for the
/// party who must answer it — in the list and on the graduate's home page.
/// </summary>
public sealed class ListFlagsTests(SigningApp app) : IClassFixture<SigningApp>
{
    private TerminationService Terminations => app.Services.GetRequiredService<TerminationService>();

    [Fact]
    public async Task Other_invitations_are_view_only_in_the_list_with_the_reason_their_page_gives()
    {
        var graduate = await app.NewGraduateAsync();
        var current = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        var other = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        Assert.All(await app.Queries.ListForGraduateAsync(graduate), r => Assert.Null(r.ViewOnlyReason));

        await app.AcceptAsync(graduate, current);

        var rows = await app.Queries.ListForGraduateAsync(graduate);
        Assert.Null(rows.Single(r => r.Id == current).ViewOnlyReason);
        var otherRow = rows.Single(r => r.Id == other);
        Assert.Equal((await app.Queries.GetAsync(graduate, other))!.ViewOnlyReason, otherRow.ViewOnlyReason);
        Assert.Contains("目前待院系审核", otherRow.ViewOnlyReason);
    }

    [Fact]
    public async Task An_invitation_past_its_response_window_is_view_only_in_the_list()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await app.InviteAsync(await app.NewEmployerAsync(), graduate, responseDays: 3);

        app.Clock.Advance(TimeSpan.FromDays(3));

        var row = (await app.Queries.ListForGraduateAsync(graduate)).Single(r => r.Id == id);
        Assert.Equal(AgreementState.Invited, row.State); // not yet marked expired by the sweep
        Assert.Equal(ResponseService.ExpiredMessage, row.ViewOnlyReason);
    }

    [Fact]
    public async Task A_termination_the_employer_applied_for_is_flagged_for_the_graduate_in_the_list_and_on_home()
    {
        var (graduate, employer, id) = await app.SignedAsync();
        Assert.False((await HomeAsync(graduate))!.TerminationAwaitsGraduate);

        Assert.True((await Terminations.ApplyAsync(employer, id, "22", null)).Ok);

        Assert.True((await app.Queries.ListForGraduateAsync(graduate)).Single(r => r.Id == id).TerminationAwaitsViewer);
        Assert.True((await HomeAsync(graduate))!.TerminationAwaitsGraduate);
        Assert.False((await app.Queries.PageForEmployerAsync(employer, 1)).Rows.Single(r => r.Id == id).TerminationAwaitsViewer);
    }

    [Fact]
    public async Task A_termination_the_graduate_applied_for_is_flagged_for_the_employer_only()
    {
        var (graduate, employer, id) = await app.SignedAsync();

        Assert.True((await Terminations.ApplyAsync(graduate, id, "30", "双方协商")).Ok);

        Assert.True((await app.Queries.PageForEmployerAsync(employer, 1)).Rows.Single(r => r.Id == id).TerminationAwaitsViewer);
        Assert.False((await app.Queries.ListForGraduateAsync(graduate)).Single(r => r.Id == id).TerminationAwaitsViewer);
        Assert.False((await HomeAsync(graduate))!.TerminationAwaitsGraduate);
    }

    private Task<CurrentDestinationView?> HomeAsync(ActorContext graduate) => app.Get<CurrentDestinationQuery>().ForGraduateAsync(graduate);
}
