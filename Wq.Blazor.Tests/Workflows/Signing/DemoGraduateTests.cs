using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Workflows.Accounts;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>The demo accounts of SPEC §10 as a contract: grad1 (unconfirmed, two invitations) and grad3 (approved registration).</summary>
public class DemoGraduateTests(SigningApp app) : IClassFixture<SigningApp>
{
    [Fact]
    public async Task Grad1_must_confirm_basic_info_before_accepting_and_then_the_other_invitation_becomes_view_only()
    {
        var grad1 = await app.ActorAsync("grad1");
        var invitations = await app.Queries.ListForGraduateAsync(grad1);
        Assert.Equal(2, invitations.Count);
        Assert.All(invitations, r => Assert.Equal(AgreementState.Invited, r.State));
        var fromEmp1 = invitations.Single(r => r.EmployerName == "星辰科技有限公司").Id;
        var fromEmp2 = invitations.Single(r => r.EmployerName == "东方制造股份有限公司").Id;

        await Expect.RefusedAsync(app, fromEmp1, async () => await app.Responses.AcceptAsync(grad1, fromEmp1), "请先确认基本信息");

        Assert.True((await app.Get<ProfileService>().ConfirmAsync(grad1)).Ok);
        await Expect.MovedAsync(app, fromEmp1, grad1, async () => await app.Responses.AcceptAsync(grad1, fromEmp1),
            AgreementState.PendingDepartmentReview, "Accept");

        var refused = await Expect.RefusedAsync(app, fromEmp2, async () => await app.Responses.AcceptAsync(grad1, fromEmp2), "其他签约邀请只能查看");
        Assert.Contains("星辰科技有限公司", refused.Error);
        Assert.Equal(AgreementState.Invited, (await app.AgreementAsync(fromEmp2)).State);
    }

    [Fact]
    public async Task Grad3_accepting_voids_the_approved_destination_registration_in_the_same_transaction()
    {
        var grad3 = await app.ActorAsync("grad3");
        var emp1 = await app.ActorAsync("emp1");
        var id = await app.InviteAsync(emp1, grad3);
        await using var db = await app.DbAsync();
        var registration = await db.DestinationRegistrations.AsNoTracking().SingleAsync(r => r.GraduateId == grad3.GraduateId);
        Assert.Equal((RegistrationState.Approved, "801"), (registration.State, registration.DestinationCode));
        var claimBefore = await db.DestinationClaims.AsNoTracking().SingleAsync(c => c.GraduateId == grad3.GraduateId);
        Assert.Equal((DestinationKind.Registration, registration.Id), (claimBefore.Kind, claimBefore.RecordId));
        var notices = (await app.NotificationsAsync(grad3.UserId)).Count;

        // One row for the agreement, one for the registration, written together.
        var acceptRow = await Expect.MovedAsync(app, id, grad3, async () => await app.Responses.AcceptAsync(grad3, id),
            AgreementState.PendingDepartmentReview, "Accept", otherAuditRows: 1);

        var voided = await db.DestinationRegistrations.AsNoTracking().SingleAsync(r => r.Id == registration.Id);
        Assert.Equal(RegistrationState.Voided, voided.State);
        Assert.Equal(registration.Version + 1, voided.Version);
        var row = (await app.AuditAsync("DestinationRegistration", registration.Id)).Last();
        Assert.Equal(("VoidBySigning", "Approved", "Voided"), (row.Action, row.FromState, row.ToState));
        Assert.Equal(acceptRow.At, row.At);
        var claim = await db.DestinationClaims.AsNoTracking().SingleAsync(c => c.GraduateId == grad3.GraduateId);
        Assert.Equal((DestinationKind.Agreement, id), (claim.Kind, claim.RecordId));
        var notice = (await app.NotificationsAsync(grad3.UserId)).Skip(notices).Single();
        Assert.Contains("已作废", notice.Title);
    }

    [Fact]
    public async Task Demo_employers_are_certified_except_emp3()
    {
        await using var db = await app.DbAsync();
        foreach (var (login, state) in new[] { ("emp1", CertificationState.Certified), ("emp2", CertificationState.Certified), ("emp3", CertificationState.Pending) })
        {
            var actor = await app.ActorAsync(login);
            Assert.True(actor.IsEmployer);
            Assert.Equal(state, (await db.Employers.SingleAsync(e => e.Id == actor.EmployerId)).Certification);
        }
    }
}
