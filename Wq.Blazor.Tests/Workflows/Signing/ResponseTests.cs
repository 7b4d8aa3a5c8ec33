using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>The graduate's answer (SPEC §4.1, guide §3.2) and the one-current-destination rule (§3).</summary>
public class ResponseTests(SigningApp app) : IClassFixture<SigningApp>
{
    [Fact]
    public async Task Accept_moves_to_the_department_gate_claims_the_destination_numbers_it_and_tells_the_employer()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate);
        var employerNotices = (await app.NotificationsAsync(employer.UserId)).Count;

        await Expect.MovedAsync(app, id, graduate, async () => await app.Responses.AcceptAsync(graduate, id, 0),
            AgreementState.PendingDepartmentReview, "Accept");

        await using var db = await app.DbAsync();
        var claim = await db.DestinationClaims.SingleAsync(c => c.GraduateId == graduate.GraduateId);
        Assert.Equal((DestinationKind.Agreement, id), (claim.Kind, claim.RecordId));
        var a = await app.AgreementAsync(id);
        Assert.Matches(@"^\d{16}$", a.Number);
        Assert.Equal(app.Clock.GetUtcNow(), a.AnsweredAt);
        var notice = (await app.NotificationsAsync(employer.UserId)).Skip(employerNotices).Single();
        Assert.Contains("接受", notice.Title);
    }

    [Fact]
    public async Task Reject_with_a_reason_records_it_and_tells_the_employer()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate);

        var row = await Expect.MovedAsync(app, id, graduate, async () => await app.Responses.RejectAsync(graduate, id, "  已决定读研  ", 0),
            AgreementState.Rejected, "Reject");

        Assert.Equal("已决定读研", row.Reason);
        Assert.Equal("已决定读研", (await app.AgreementAsync(id)).LastOpinion);
        Assert.Contains("已决定读研", (await app.NotificationsAsync(employer.UserId)).Last().Body);
        await using var db = await app.DbAsync();
        Assert.False(await db.DestinationClaims.AnyAsync(c => c.GraduateId == graduate.GraduateId));
    }

    [Fact]
    public async Task Answers_to_someone_elses_invitation_or_by_another_role_are_not_found()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate);
        var stranger = await app.NewGraduateAsync();

        foreach (var actor in new[] { stranger, employer, await app.ActorAsync("dept1"), await app.ActorAsync("school1"), await app.ActorAsync("admin") })
        {
            await Expect.NotFoundAsync(app, id, async () => await app.Responses.AcceptAsync(actor, id));
            await Expect.NotFoundAsync(app, id, async () => await app.Responses.RejectAsync(actor, id, null));
        }
    }

    [Fact]
    public async Task Until_basic_information_is_confirmed_neither_answer_is_possible()
    {
        var graduate = await app.NewGraduateAsync(confirmed: false);
        var id = await app.InviteAsync(await app.NewEmployerAsync(), graduate);

        await Expect.RefusedAsync(app, id, async () => await app.Responses.AcceptAsync(graduate, id), "请先确认基本信息");
        await Expect.RefusedAsync(app, id, async () => await app.Responses.RejectAsync(graduate, id, null), "请先确认基本信息");
    }

    [Fact]
    public async Task A_stale_version_is_refused()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await app.InviteAsync(await app.NewEmployerAsync(), graduate);

        await Expect.RefusedAsync(app, id, async () => await app.Responses.AcceptAsync(graduate, id, version: 1), "刷新");
        await Expect.RefusedAsync(app, id, async () => await app.Responses.RejectAsync(graduate, id, null, version: 1), "刷新");
    }

    [Fact]
    public async Task An_answered_invitation_cannot_be_answered_again()
    {
        var graduate = await app.NewGraduateAsync();
        var accepted = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        var rejected = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        Assert.True((await app.Responses.RejectAsync(graduate, rejected, null)).Ok);
        await app.AcceptAsync(graduate, accepted);

        await Expect.RefusedAsync(app, accepted, async () => await app.Responses.AcceptAsync(graduate, accepted));
        await Expect.RefusedAsync(app, accepted, async () => await app.Responses.RejectAsync(graduate, accepted, null));
        await Expect.RefusedAsync(app, rejected, async () => await app.Responses.RejectAsync(graduate, rejected, null));
        await Expect.RefusedAsync(app, rejected, async () => await app.Responses.AcceptAsync(graduate, rejected), "当前状态下不能执行此操作");
    }

    [Fact]
    public async Task A_withdrawn_invitation_cannot_be_answered()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate);
        Assert.True((await app.Invitations.WithdrawAsync(employer, id)).Ok);

        await Expect.RefusedAsync(app, id, async () => await app.Responses.AcceptAsync(graduate, id), "当前状态下不能执行此操作");
        await Expect.RefusedAsync(app, id, async () => await app.Responses.RejectAsync(graduate, id, null), "当前状态下不能执行此操作");
    }

    [Fact]
    public async Task While_an_agreement_is_current_other_invitations_cannot_be_accepted_and_stay_pending()
    {
        var graduate = await app.NewGraduateAsync();
        var first = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        var other = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        await app.AcceptAsync(graduate, first);

        await Expect.RefusedAsync(app, other, async () => await app.Responses.AcceptAsync(graduate, other), "其他签约邀请只能查看");

        var view = await app.Queries.GetAsync(graduate, other);
        Assert.NotNull(view);
        Assert.Equal(AgreementState.Invited, view.State);
        Assert.Contains("其他签约邀请只能查看", view.ViewOnlyReason);
        Assert.DoesNotContain(AgreementTrigger.Accept, view.Allowed);
        // Employers may keep inviting whatever the graduate's state (§3 rule 2).
        await app.InviteAsync(await app.NewEmployerAsync(), graduate);
    }

    [Fact]
    public async Task A_reject_reason_is_optional_but_at_most_500_characters()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await app.InviteAsync(await app.NewEmployerAsync(), graduate);

        await Expect.RefusedAsync(app, id, async () => await app.Responses.RejectAsync(graduate, id, new string('很', 501)), "500");
        await Expect.MovedAsync(app, id, graduate, async () => await app.Responses.RejectAsync(graduate, id, null),
            AgreementState.Rejected, "Reject");
        Assert.Null((await app.AgreementAsync(id)).LastOpinion);
    }

    [Fact]
    public async Task The_graduate_lists_only_their_own_invitations_and_the_employer_only_theirs()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate);
        var otherGraduate = await app.NewGraduateAsync();
        var otherEmployer = await app.NewEmployerAsync();
        var otherId = await app.InviteAsync(otherEmployer, otherGraduate);

        Assert.Equal([id], (await app.Queries.ListForGraduateAsync(graduate)).Select(r => r.Id));
        Assert.Equal([id], (await app.Queries.PageForEmployerAsync(employer, 1)).Rows.Select(r => r.Id));
        Assert.Equal([otherId], (await app.Queries.PageForEmployerAsync(otherEmployer, 1)).Rows.Select(r => r.Id));
        Assert.Empty(await app.Queries.ListForGraduateAsync(employer));
        Assert.Empty((await app.Queries.PageForEmployerAsync(graduate, 1)).Rows);
        Assert.Equal("待应约", (await app.Queries.ListForGraduateAsync(graduate)).Single().StateLabel);
    }
}
