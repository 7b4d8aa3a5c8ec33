using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Offline;
using Wq.Blazor.Workflows.Review;
using static Wq.Blazor.Tests.Workflows.Offline.OfflineSteps;

namespace Wq.Blazor.Tests.Workflows.Offline;

/// <summary>已签就业协议登记 (SPEC §4.5) and 线下解约 (§4.4) through the services.</summary>
public class PaperAndTerminationTests(SigningApp app) : IClassFixture<SigningApp>
{
    private PaperRegistrationService Paper => app.Get<PaperRegistrationService>();
    private OfflineTerminationService Termination => app.Get<OfflineTerminationService>();

    [Fact]
    public async Task A_paper_registration_is_returned_resubmitted_and_approved_to_registered_success()
    {
        var graduate = await app.NewGraduateAsync();
        var r = await Paper.SubmitAsync(graduate, Employer(), SigningApp.Terms(), [Scan("第1页.png"), Scan("第2页.png")]);
        Assert.True(r.Ok, r.Error);
        var id = r.Value;
        Assert.Equal(AgreementState.PendingDepartmentReview, (await app.AgreementAsync(id)).State);
        Assert.Equal(id, (await ClaimAsync(app, graduate))!.RecordId);
        Assert.Equal(2, (await FilesAsync(app, $"Agreement:{id}")).Count(f => f.Kind == AttachmentKind.PaperAgreement));

        await DecideAsync(app, ReviewKinds.PaperRegistration, "dept1", id, ReviewDecision.Return, "第2页不清晰");
        var returned = await app.AgreementAsync(id);
        Assert.Equal(AgreementState.Returned, returned.State);
        await Expect.MovedAsync(app, id, graduate,
            () => Paper.ResubmitAsync(graduate, id, Employer(), SigningApp.Terms(), [Scan("第2页-清晰.png")], returned.Version).AsBase(),
            AgreementState.PendingDepartmentReview, "Submit");
        await DecideAsync(app, ReviewKinds.PaperRegistration, "dept1", id, ReviewDecision.Approve);
        await DecideAsync(app, ReviewKinds.PaperRegistration, "school1", id, ReviewDecision.Approve);
        var a = await app.AgreementAsync(id);
        Assert.Equal("登记成功", AgreementStates.Label(a.State, a.Channel));
        Assert.Equal(id, (await ClaimAsync(app, graduate))!.RecordId);
    }

    [Fact]
    public async Task A_paper_registration_without_pages_or_with_a_fake_image_changes_nothing()
    {
        var graduate = await app.NewGraduateAsync();
        await Expect.RefusedAsync(app, 0, () => Paper.SubmitAsync(graduate, Employer(), SigningApp.Terms(), []).AsBase(), "请上传纸质协议书图像");
        await Expect.RefusedAsync(app, 0, () => Paper.SubmitAsync(graduate, Employer(), SigningApp.Terms(),
            [Scan("协议.pdf", "<html>"u8.ToArray())]).AsBase(), "不是有效的");
    }

    [Fact]
    public async Task Offline_termination_with_a_letter_ends_the_agreement_and_frees_the_graduate()
    {
        var (graduate, id) = await SignedAsync(app);
        await Expect.RefusedAsync(app, id, () => Termination.ApplyAsync(graduate, id, "11", null, []).AsBase(), "请上传解约函");
        var applied = await Termination.ApplyAsync(graduate, id, "11", null, [Scan("解约函.pdf", "%PDF-1.4 letter"u8.ToArray())]);
        Assert.True(applied.Ok, applied.Error);
        Assert.Contains(await app.PendingAsync(await app.ActorAsync("dept1")),
            i => i.Kind == ReviewKinds.Termination && i.Id == applied.Value && i.Summary.Contains("线下解约"));

        await DecideTerminationAsync("dept1", applied.Value, ReviewDecision.Approve);
        await DecideTerminationAsync("school1", applied.Value, ReviewDecision.Approve);
        var a = await app.AgreementAsync(id);
        Assert.Equal(AgreementState.Terminated, a.State);
        Assert.Null(await ClaimAsync(app, graduate));
        Assert.Equal("已解约", (await app.Verification.VerifyAsync(a.Number, a.VerificationCode, "t3")).Value!.StateLabel);
    }

    [Fact]
    public async Task A_rejected_offline_termination_leaves_the_agreement_valid_and_online_agreements_are_refused()
    {
        var (graduate, id) = await SignedAsync(app);
        var applied = await Termination.ApplyAsync(graduate, id, "99", "单位搬迁", [Scan("解约函.png")]);
        Assert.True(applied.Ok, applied.Error);
        await DecideTerminationAsync("dept1", applied.Value, ReviewDecision.Fail, "解约函缺少单位公章");
        Assert.Equal(AgreementState.Signed, (await app.AgreementAsync(id)).State);

        var (onlineGraduate, _, online) = await app.SignedAsync();
        await Expect.RefusedAsync(app, online, () => Termination.ApplyAsync(onlineGraduate, online, "11", null, [Scan()]).AsBase(), "线上解约");
    }

    private async Task DecideTerminationAsync(string reviewer, long id, ReviewDecision d, string? opinion = null)
    {
        var r = await app.Reviews.DecideAsync(await app.ActorAsync(reviewer), new ReviewCommand(ReviewKinds.Termination, id, d, opinion, null));
        Assert.True(r.Ok, r.Error);
    }
}
