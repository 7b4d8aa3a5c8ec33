using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>
/// 应约有效期 on a fake clock (SPEC §4.1): expiry is exact even before the job runs; the job marks
/// 已过期 once, tells both sides, and the employer may then invite again.
/// </summary>
public class ExpiryTests(SigningApp app) : IClassFixture<SigningApp>
{
    [Fact]
    public async Task An_answer_just_before_the_deadline_counts()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await app.InviteAsync(await app.NewEmployerAsync(), graduate, responseDays: 3);

        app.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));

        await Expect.MovedAsync(app, id, graduate, async () => await app.Responses.AcceptAsync(graduate, id),
            AgreementState.PendingDepartmentReview, "Accept");
    }

    [Fact]
    public async Task An_answer_at_or_after_the_deadline_is_refused_before_the_expiry_job_has_run()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await app.InviteAsync(await app.NewEmployerAsync(), graduate, responseDays: 3);

        app.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(AgreementState.Invited, (await app.AgreementAsync(id)).State);
        await Expect.RefusedAsync(app, id, async () => await app.Responses.AcceptAsync(graduate, id), ResponseService.ExpiredMessage);
        await Expect.RefusedAsync(app, id, async () => await app.Responses.RejectAsync(graduate, id, "晚了"), ResponseService.ExpiredMessage);
        var view = await app.Queries.GetAsync(graduate, id);
        Assert.NotNull(view);
        Assert.Equal(ResponseService.ExpiredMessage, view.ViewOnlyReason);
        Assert.Empty(view.Allowed);
    }

    [Fact]
    public async Task Past_the_deadline_the_employer_can_no_longer_withdraw_it_ends_expired()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate, responseDays: 3);

        app.Clock.Advance(TimeSpan.FromDays(3));

        await Expect.RefusedAsync(app, id, async () => await app.Invitations.WithdrawAsync(employer, id), ResponseService.ExpiredMessage);
        Assert.Empty((await app.Queries.GetAsync(employer, id))!.Allowed);
    }

    [Fact]
    public async Task The_expiry_job_marks_expired_notifies_both_sides_once_and_lets_the_employer_invite_again()
    {
        await app.Expiry.ExpireDueAsync(); // whatever other tests of this class left due on the shared clock
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate, responseDays: 3);
        var answered = await app.InviteAsync(await app.NewEmployerAsync(), graduate, responseDays: 3);
        Assert.True((await app.Responses.RejectAsync(graduate, answered, null)).Ok);
        var graduateNotices = (await app.NotificationsAsync(graduate.UserId)).Count;
        var employerNotices = (await app.NotificationsAsync(employer.UserId)).Count;
        Assert.Equal(0, await app.Expiry.ExpireDueAsync());

        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        var now = app.Clock.GetUtcNow();
        int othersDue;
        await using (var db = await app.DbAsync())
            othersDue = await db.Agreements.CountAsync(a => a.State == AgreementState.Invited && a.ExpiresAt <= now && a.Id != id);

        var row = await Expect.MovedAsync(app, id, ActorContext.System, async () =>
        {
            Assert.Equal(1 + othersDue, await app.Expiry.ExpireDueAsync());
            return OpResult.Success;
        }, AgreementState.Expired, "Expire", otherAuditRows: othersDue);
        Assert.Null(row.ActorUserId);
        Assert.Contains("过期", (await app.NotificationsAsync(graduate.UserId)).Skip(graduateNotices).Single().Title);
        Assert.Contains("过期", (await app.NotificationsAsync(employer.UserId)).Skip(employerNotices).Single().Title);
        Assert.Equal(AgreementState.Rejected, (await app.AgreementAsync(answered)).State);

        // Idempotent: a second run finds nothing and writes nothing.
        var before = await app.WorldAsync(id);
        Assert.Equal(0, await app.Expiry.ExpireDueAsync());
        Assert.Equal(before, await app.WorldAsync(id));

        await Expect.RefusedAsync(app, id, async () => await app.Responses.AcceptAsync(graduate, id), "当前状态下不能执行此操作");
        var again = await app.InviteAsync(employer, graduate);
        Assert.Equal(AgreementState.Invited, (await app.AgreementAsync(again)).State);
    }
}
