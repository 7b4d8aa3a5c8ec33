namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>
/// SPEC §3 rule 1 and guide §3.2 note 1: while an agreement is current, every other invitation is
/// view-only (只能查看,无法操作) — neither accepted nor rejected — and can be answered again once
/// the current agreement ends while the invitation is still valid.
/// </summary>
public class ViewOnlyInvitationTests(SigningApp app) : IClassFixture<SigningApp>
{
    [Fact]
    public async Task While_an_agreement_is_current_another_invitation_cannot_be_rejected_either()
    {
        var graduate = await app.NewGraduateAsync();
        var current = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        var other = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        await app.AcceptAsync(graduate, current);

        await Expect.RefusedAsync(app, other, async () => await app.Responses.RejectAsync(graduate, other, "不考虑了"), "其他签约邀请只能查看");

        var view = await app.Queries.GetAsync(graduate, other);
        Assert.NotNull(view);
        Assert.Contains("只能查看", view.ViewOnlyReason);
        Assert.Empty(view.Allowed);
    }

    [Fact]
    public async Task The_view_only_reason_says_the_accepted_agreement_is_in_review_until_it_is_signed()
    {
        var graduate = await app.NewGraduateAsync();
        var current = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        var other = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        await app.AcceptAsync(graduate, current);
        var employer = (await app.AgreementAsync(current)).EmployerInfo.Name;

        Assert.Equal($"你已接受{employer}的签约邀请,目前待院系审核,其他签约邀请只能查看,无法操作",
            (await app.Queries.GetAsync(graduate, other))!.ViewOnlyReason);

        await app.DecideAsync(await app.ActorAsync("dept1"), current, ReviewDecision.Approve, null);
        Assert.Equal($"你已接受{employer}的签约邀请,目前待学校审核,其他签约邀请只能查看,无法操作",
            (await app.Queries.GetAsync(graduate, other))!.ViewOnlyReason);
        await app.DecideAsync(await app.ActorAsync("school1"), current, ReviewDecision.Approve, null);
        Assert.Equal($"你已与{employer}签约,其他签约邀请只能查看,无法操作", (await app.Queries.GetAsync(graduate, other))!.ViewOnlyReason);
    }

    [Fact]
    public async Task Once_the_current_agreement_fails_review_the_other_invitation_can_be_rejected_again()
    {
        var graduate = await app.NewGraduateAsync();
        var current = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        var other = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        await app.AcceptAsync(graduate, current);
        await app.DecideAsync(await app.ActorAsync("dept1"), current, ReviewDecision.Fail, "单位信息有误");

        Assert.Equal([AgreementTrigger.Accept, AgreementTrigger.Reject], (await app.Queries.GetAsync(graduate, other))!.Allowed.Order());
        await Expect.MovedAsync(app, other, graduate, async () => await app.Responses.RejectAsync(graduate, other, "不考虑了"),
            AgreementState.Rejected, "Reject");
    }
}
