using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Destinations;

namespace Wq.Blazor.Tests.Workflows.Destinations;

/// <summary>SPEC §3 for registrations: refused beside an agreement or a waiting registration, 变更, rule 3, and races.</summary>
public class RegistrationClaimTests(SigningApp app) : IClassFixture<SigningApp>
{
    private Task<OpResult> Submit(ActorContext graduate, RegistrationInput input) =>
        Task.Run<OpResult>(async () => await app.Registrations().SubmitAsync(graduate, input, [RegistrationSteps.PdfProof()]));

    [Fact]
    public async Task Registration_is_refused_while_an_agreement_is_current_and_changes_nothing()
    {
        var (graduate, _, _) = await app.PendingDepartmentReviewAsync();
        var input = await app.InputAsync(graduate);
        await Expect.RefusedAsync(app, 0, () => Submit(graduate, input), "如需变更请先解约");
        Assert.Contains("签约", (await app.Get<RegistrationQueries>().SlotAsync(graduate)).Blocker);
    }

    [Fact]
    public async Task A_second_registration_while_one_is_waiting_is_refused()
    {
        var graduate = await app.NewGraduateAsync();
        await app.SubmitAsync(graduate, "71");
        await Expect.RefusedAsync(app, 0, () => Submit(graduate, DestinationInput("72")), "正在审核中");
    }

    [Fact]
    public async Task A_change_after_approval_keeps_the_old_one_current_until_approved_then_voids_it_in_the_same_transaction()
    {
        var graduate = await app.NewGraduateAsync();
        var old = await app.SubmitAsync(graduate, "70");
        await app.ApproveBothAsync(old);
        Assert.Equal(old, (await app.Get<RegistrationQueries>().SlotAsync(graduate)).Replaces);

        var change = await app.SubmitAsync(graduate, "801");
        var c = await app.RegistrationAsync(change);
        Assert.Equal((RegistrationState.ChangePendingDepartmentReview, (long?)old, (long?)old), (c.State, c.ReplacesId, c.OpenReplacementOf));
        Assert.Equal(old, (await app.ClaimAsync(graduate))!.RecordId);
        await Expect.RefusedAsync(app, 0, () => Submit(graduate, DestinationInput("71")), "你已提交去向变更");

        await app.ApproveBothAsync(change);
        Assert.Equal((RegistrationState.Approved, (long?)null), ((await app.RegistrationAsync(change)).State, (await app.RegistrationAsync(change)).OpenReplacementOf));
        Assert.Equal(RegistrationState.Voided, (await app.RegistrationAsync(old)).State);
        Assert.Equal(change, (await app.ClaimAsync(graduate))!.RecordId);
        var audit = await app.AuditAsync("DestinationRegistration", old);
        Assert.Equal(("Supersede", "Approved", "Voided"), (audit[^1].Action, audit[^1].FromState, audit[^1].ToState));
        Assert.Contains($"登记 {change}", audit[^1].Reason);
        // Same transaction: the supersede row and the change's final approval share one instant.
        Assert.Equal((await app.AuditAsync("DestinationRegistration", change))[^1].At, audit[^1].At);
    }

    [Fact]
    public async Task A_failed_or_withdrawn_change_leaves_the_approved_registration_current()
    {
        var graduate = await app.NewGraduateAsync();
        var old = await app.SubmitAsync(graduate, "72");
        await app.ApproveBothAsync(old);
        var change = await app.SubmitAsync(graduate, "76");
        Assert.True((await app.ReviewAsync(await app.ActorAsync("dept1"), change, ReviewDecision.Fail, "情况说明未签字")).Ok);
        Assert.Equal((RegistrationState.Approved, old), ((await app.RegistrationAsync(old)).State, (await app.ClaimAsync(graduate))!.RecordId));

        var again = await app.SubmitAsync(graduate, "76");
        Assert.True((await app.Registrations().WithdrawAsync(graduate, again, 0)).Ok);
        Assert.Equal((RegistrationState.Withdrawn, (long?)null), ((await app.RegistrationAsync(again)).State, (await app.RegistrationAsync(again)).OpenReplacementOf));
        Assert.Equal(old, (await app.ClaimAsync(graduate))!.RecordId);
    }

    [Fact]
    public async Task Accepting_an_invitation_voids_the_approved_registration_and_its_pending_change_with_a_notice()
    {
        var graduate = await app.NewGraduateAsync();
        var old = await app.SubmitAsync(graduate, "70");
        await app.ApproveBothAsync(old);
        var change = await app.SubmitAsync(graduate, "801");
        var employer = await app.NewEmployerAsync();
        await app.AcceptAsync(graduate, await app.InviteAsync(employer, graduate));

        Assert.Equal(RegistrationState.Voided, (await app.RegistrationAsync(old)).State);
        Assert.Equal((RegistrationState.Voided, (long?)null), ((await app.RegistrationAsync(change)).State, (await app.RegistrationAsync(change)).OpenReplacementOf));
        Assert.Equal(DestinationKind.Agreement, (await app.ClaimAsync(graduate))!.Kind);
        Assert.Contains(await app.NotificationsAsync(graduate.UserId), n => n.Title == "去向登记已作废" && n.Link == $"/graduate/destinations/{old}");
    }

    [Fact]
    public async Task Eight_simultaneous_submissions_leave_exactly_one_current_registration()
    {
        for (var round = 0; round < 3; round++)
        {
            var graduate = await app.NewGraduateAsync();
            var input = await app.InputAsync(graduate);
            var results = await Together.RunAsync(8, _ => Submit(graduate, input));
            Assert.Single(results, r => r.Ok);
            Assert.All(results.Where(r => !r.Ok), r => Expect.Chinese(r.Error));
            await using var db = await app.DbAsync();
            var rows = await db.DestinationRegistrations.AsNoTracking().Where(r => r.GraduateId == graduate.GraduateId).ToListAsync();
            var current = Assert.Single(rows);
            Assert.Equal(current.Id, (await app.ClaimAsync(graduate))!.RecordId);
            // Refused submissions leave no files behind: one proof row, and no orphan beside it.
            Assert.Single(await db.Attachments.AsNoTracking().Where(a => a.OwnerRef == current.Ref.ToString()).ToListAsync());
        }
    }

    [Fact]
    public async Task Eight_simultaneous_changes_of_an_approved_registration_leave_exactly_one_pending_change()
    {
        var graduate = await app.NewGraduateAsync();
        var old = await app.SubmitAsync(graduate, "71");
        await app.ApproveBothAsync(old);
        var input = await app.InputAsync(graduate);
        var results = await Together.RunAsync(8, _ => Submit(graduate, input));
        Assert.Single(results, r => r.Ok);
        await using var db = await app.DbAsync();
        Assert.Single(await db.DestinationRegistrations.AsNoTracking().Where(r => r.OpenReplacementOf == old).ToListAsync());
        Assert.Equal(2, await db.DestinationRegistrations.CountAsync(r => r.GraduateId == graduate.GraduateId));
    }

    private static RegistrationInput DestinationInput(string code) => new() { Code = code, Values = DestinationSamples.For(code) };
}
