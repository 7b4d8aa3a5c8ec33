using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>The employer's side of SPEC §4.1: find a graduate, invite, withdraw; one open invitation per pair.</summary>
public class InvitationTests(SigningApp app) : IClassFixture<SigningApp>
{
    [Fact]
    public async Task Invite_creates_a_pending_invitation_with_an_audit_row_and_a_notice_to_the_graduate()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var before = await app.WorldAsync();

        var result = await app.Invitations.InviteAsync(employer, graduate.GraduateId!.Value, SigningApp.Terms(responseDays: 7));

        Assert.True(result.Ok, result.Error);
        var a = await app.AgreementAsync(result.Value);
        Assert.Equal(AgreementState.Invited, a.State);
        Assert.Equal(employer.EmployerId, a.EmployerId);
        Assert.Equal(graduate.GraduateId, a.GraduateId);
        Assert.Null(a.Number);
        Assert.Equal(app.Clock.GetUtcNow().AddDays(7), a.ExpiresAt);
        var row = Assert.Single(await app.AuditAsync("Agreement", a.Id));
        Assert.Equal(("Invite", (string?)null, "Invited"), (row.Action, row.FromState, row.ToState));
        Assert.Equal(employer.UserId, row.ActorUserId);
        var notice = Assert.Single(await app.NotificationsAsync(graduate.UserId));
        Assert.Contains("签约邀请", notice.Title);
        var after = await app.WorldAsync();
        Assert.Equal(before.AuditRows + 1, after.AuditRows);
        Assert.Equal(before.Notifications + 1, after.Notifications);
        Assert.Equal(before.Agreements + 1, after.Agreements);
    }

    [Fact]
    public async Task An_uncertified_employer_cannot_invite()
    {
        var emp3 = await app.ActorAsync("emp3");
        var graduate = await app.NewGraduateAsync();

        await Expect.RefusedAsync(app, 0,
            async () => await app.Invitations.InviteAsync(emp3, graduate.GraduateId!.Value, SigningApp.Terms()), "认证");
    }

    [Fact]
    public async Task Invalid_terms_are_refused_with_the_first_problem()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var terms = SigningApp.Terms();
        terms.ResponseDays = 4;

        await Expect.RefusedAsync(app, 0,
            async () => await app.Invitations.InviteAsync(employer, graduate.GraduateId!.Value, terms), "应约有效期");
    }

    [Fact]
    public async Task Only_an_employer_can_invite()
    {
        var graduate = await app.NewGraduateAsync();
        var school1 = await app.ActorAsync("school1");

        await Expect.NotFoundAsync(app, 0, async () => await app.Invitations.InviteAsync(graduate, graduate.GraduateId!.Value, SigningApp.Terms()));
        await Expect.NotFoundAsync(app, 0, async () => await app.Invitations.InviteAsync(school1, graduate.GraduateId!.Value, SigningApp.Terms()));
    }

    [Fact]
    public async Task A_second_invitation_to_the_same_graduate_is_refused_while_the_first_is_pending()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        await app.InviteAsync(employer, graduate);

        await Expect.RefusedAsync(app, 0,
            async () => await app.Invitations.InviteAsync(employer, graduate.GraduateId!.Value, SigningApp.Terms()),
            "你已向该毕业生发出签约邀请,对方应约前不能重复邀请");

        // Another employer may still invite (guide §3.2 note 2).
        await app.InviteAsync(await app.NewEmployerAsync(), graduate);
    }

    [Fact]
    public async Task The_employer_can_invite_again_after_a_rejection()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var first = await app.InviteAsync(employer, graduate);
        Assert.True((await app.Responses.RejectAsync(graduate, first, "已有其他打算")).Ok);

        var second = await app.InviteAsync(employer, graduate);

        Assert.NotEqual(first, second);
        Assert.Equal(AgreementState.Invited, (await app.AgreementAsync(second)).State);
    }

    [Fact]
    public async Task The_employer_can_invite_again_after_withdrawing()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var first = await app.InviteAsync(employer, graduate);
        Assert.True((await app.Invitations.WithdrawAsync(employer, first)).Ok);

        var second = await app.InviteAsync(employer, graduate);

        Assert.Equal(AgreementState.Invited, (await app.AgreementAsync(second)).State);
    }

    [Fact]
    public async Task Withdraw_by_the_inviting_employer_moves_to_withdrawn_and_tells_the_graduate()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate);
        var notices = (await app.NotificationsAsync(graduate.UserId)).Count;

        await Expect.MovedAsync(app, id, employer, async () => await app.Invitations.WithdrawAsync(employer, id, 0),
            AgreementState.Withdrawn, "Withdraw");

        var notice = (await app.NotificationsAsync(graduate.UserId)).Skip(notices).Single();
        Assert.Contains("撤回", notice.Title);
    }

    [Fact]
    public async Task Withdraw_is_refused_with_a_stale_version_after_the_answer_and_for_anyone_else()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate);

        await Expect.RefusedAsync(app, id, async () => await app.Invitations.WithdrawAsync(employer, id, version: 5), "刷新");
        var otherEmployer = await app.NewEmployerAsync();
        await Expect.NotFoundAsync(app, id, async () => await app.Invitations.WithdrawAsync(otherEmployer, id));
        await Expect.NotFoundAsync(app, id, async () => await app.Invitations.WithdrawAsync(graduate, id));
        await Expect.NotFoundAsync(app, id, async () => await app.Invitations.WithdrawAsync(await app.ActorAsync("school1"), id));

        await app.AcceptAsync(graduate, id);
        await Expect.RefusedAsync(app, id, async () => await app.Invitations.WithdrawAsync(employer, id), "当前状态下不能执行此操作");
    }

    [Fact]
    public async Task Find_graduate_by_name_and_id_number_or_by_school_and_student_number_shows_a_masked_match()
    {
        var employer = await app.NewEmployerAsync();
        var graduate = await app.NewGraduateAsync();
        await using var db = await app.DbAsync();
        var g = await db.Graduates.Include(x => x.School).SingleAsync(x => x.Id == graduate.GraduateId);

        var byId = await app.Invitations.FindGraduateAsync(employer, new GraduateQuery(g.Name, g.IdNumber, null, null));
        var byNo = await app.Invitations.FindGraduateAsync(employer, new GraduateQuery(null, null, g.School!.Code, g.StudentNo));

        Assert.True(byId.Ok, byId.Error);
        Assert.True(byNo.Ok, byNo.Error);
        var match = Assert.Single(byId.Value!);
        Assert.Equal(g.Id, match.GraduateId);
        Assert.NotEqual(g.Name, match.MaskedName);
        Assert.StartsWith(g.Name[..1], match.MaskedName);
        Assert.Contains('*', match.MaskedName);
        Assert.False(match.HasOpenInvitationFromYou);
        Assert.Equal(g.Id, Assert.Single(byNo.Value!).GraduateId);

        await app.InviteAsync(employer, graduate);
        var again = await app.Invitations.FindGraduateAsync(employer, new GraduateQuery(g.Name, g.IdNumber, null, null));
        Assert.True(Assert.Single(again.Value!).HasOpenInvitationFromYou);
    }

    [Fact]
    public async Task Find_graduate_refuses_non_employers_and_says_so_when_nothing_matches()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();

        var asGraduate = await app.Invitations.FindGraduateAsync(graduate, new GraduateQuery(null, null, "10999", "x"));
        var none = await app.Invitations.FindGraduateAsync(employer, new GraduateQuery(null, null, "10999", "no-such-student"));

        Assert.True(asGraduate.NotFound);
        Assert.False(none.Ok);
        Expect.Chinese(none.Error);
    }
}
