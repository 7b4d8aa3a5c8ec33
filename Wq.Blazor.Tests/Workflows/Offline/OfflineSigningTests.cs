using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Offline;
using Wq.Blazor.Workflows.Review;
using static Wq.Blazor.Tests.Workflows.Offline.OfflineSteps;

namespace Wq.Blazor.Tests.Workflows.Offline;

/// <summary>线下签约 (SPEC §4.3) through the services: the graduate's form, both review gates, 本人回传, the verifiable result.</summary>
public class OfflineSigningTests(SigningApp app) : IClassFixture<SigningApp>
{
    private OfflineSigningService Offline => app.Get<OfflineSigningService>();

    [Fact]
    public async Task Submitting_takes_the_destination_and_enters_the_department_gate_with_a_number()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await SubmitAsync(app, graduate);
        var a = await app.AgreementAsync(id);
        Assert.Equal((AgreementChannel.Offline, AgreementState.PendingAgreementDepartmentReview), (a.Channel, a.State));
        Assert.Matches(@"^\d{16}$", a.Number);
        Assert.Null(a.EmployerId);
        Assert.Equal(id, (await ClaimAsync(app, graduate))!.RecordId);
        Assert.Contains(await app.PendingAsync(await app.ActorAsync("dept1")), i => i.Kind == ReviewKinds.OfflineSigning && i.Id == id);
    }

    [Fact]
    public async Task Agreement_approval_issues_the_printable_pdf_and_signing_approval_makes_it_valid_on_verify()
    {
        var (graduate, id) = await ApprovedAsync(app);
        var approved = await app.AgreementAsync(id);
        Assert.Equal(AgreementState.AgreementApproved, approved.State);
        Assert.NotNull(approved.PdfAttachmentId);
        var early = await app.Verification.VerifyAsync(approved.Number, approved.VerificationCode, "t1");
        Assert.False(early.Value!.Valid);

        await Expect.MovedAsync(app, id, graduate, () => Offline.UploadStampedAsync(graduate, id, [Scan()], approved.Version).AsBase(),
            AgreementState.PendingSigningDepartmentReview, "UploadStamped");
        Assert.Single(await FilesAsync(app, $"Agreement:{id}"), f => f.Kind == AttachmentKind.StampedAgreement);
        await DecideAsync(app, ReviewKinds.OfflineSigning, "dept1", id, ReviewDecision.Approve);
        await DecideAsync(app, ReviewKinds.OfflineSigning, "school1", id, ReviewDecision.Approve);

        var signed = await app.AgreementAsync(id);
        Assert.Equal(AgreementState.Signed, signed.State);
        Assert.Equal(approved.PdfSha256, signed.PdfSha256); // the stamped paper is the issued document
        var verified = await app.Verification.VerifyAsync(signed.Number, signed.VerificationCode, "t2");
        Assert.True(verified.Value!.Valid);
        Assert.Contains(await app.NotificationsAsync(graduate.UserId), n => n.Title == "签约成功");
    }

    [Theory]
    [InlineData("check digit", "校验位")]
    [InlineData("", "统一社会信用代码")]
    public async Task A_bad_credit_code_is_refused_in_chinese_and_changes_nothing(string code, string message)
    {
        var graduate = await app.NewGraduateAsync();
        if (code.Length > 0) { var good = Employer().CreditCode; code = good[..17] + (good[17] == '1' ? '2' : '1'); }
        await Expect.RefusedAsync(app, 0, () => Offline.SubmitAsync(graduate, Employer(code), SigningApp.Terms()).AsBase(), message);
        var empty = Employer();
        empty.ContactPerson = " ";
        await Expect.RefusedAsync(app, 0, () => Offline.SubmitAsync(graduate, empty, SigningApp.Terms()).AsBase(), "请填写单位联系人");
    }

    [Fact]
    public async Task Starting_offline_signing_while_an_agreement_is_current_is_refused_with_the_reason()
    {
        var (graduate, _, online) = await app.SignedAsync();
        await Expect.RefusedAsync(app, online, () => Offline.SubmitAsync(graduate, Employer(), SigningApp.Terms()).AsBase(), "签约");
    }

    [Fact]
    public async Task While_an_offline_application_is_in_review_online_invitations_are_view_only_and_say_why()
    {
        var graduate = await app.NewGraduateAsync();
        var invitation = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        await SubmitAsync(app, graduate);
        var view = await app.Queries.GetAsync(graduate, invitation);
        Assert.Contains("线下签约申请正在办理中,其他签约邀请只能查看", view!.ViewOnlyReason);
        Assert.Empty(view.Allowed);
        await Expect.RefusedAsync(app, invitation, () => app.Responses.AcceptAsync(graduate, invitation).AsBase(), "只能查看");
    }

    [Fact]
    public async Task Submitting_voids_a_current_destination_registration_with_a_notice()
    {
        var grad3 = await app.ActorAsync("grad3");
        var id = await SubmitAsync(app, grad3);
        await using var db = await app.DbAsync();
        var registration = await db.DestinationRegistrations.AsNoTracking().SingleAsync(r => r.GraduateId == grad3.GraduateId);
        Assert.Equal(RegistrationState.Voided, registration.State);
        Assert.Equal(id, (await ClaimAsync(app, grad3))!.RecordId);
        Assert.Contains(await app.NotificationsAsync(grad3.UserId), n => n.Title == "去向登记已作废");
    }

    [Fact]
    public async Task Return_for_revision_shows_the_opinion_and_resubmission_goes_back_to_the_gate()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await SubmitAsync(app, graduate);
        await DecideAsync(app, ReviewKinds.OfflineSigning, "dept1", id, ReviewDecision.Return, "岗位名称请与协议一致");
        var returned = await app.AgreementAsync(id);
        Assert.Equal((AgreementState.AgreementReturned, "岗位名称请与协议一致"), (returned.State, returned.LastOpinion));
        Assert.Contains(await app.NotificationsAsync(graduate.UserId), n => n.Title == "协议退回修改");

        var terms = SigningApp.Terms();
        terms.PositionTitle = "数据工程师";
        await Expect.MovedAsync(app, id, graduate, () => Offline.ResubmitAsync(graduate, id, Employer(), terms, returned.Version).AsBase(),
            AgreementState.PendingAgreementDepartmentReview, "Submit");
        Assert.Equal("数据工程师", (await app.AgreementAsync(id)).Terms.PositionTitle);
    }

    [Fact]
    public async Task Rejection_voids_the_application_and_frees_the_graduate()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await SubmitAsync(app, graduate);
        await DecideAsync(app, ReviewKinds.OfflineSigning, "dept1", id, ReviewDecision.Fail, "单位信息不实");
        Assert.Equal(AgreementState.Void, (await app.AgreementAsync(id)).State);
        Assert.Null(await ClaimAsync(app, graduate));
        await SubmitAsync(app, graduate); // a new application is possible
    }

    [Fact]
    public async Task Bad_scans_are_refused_and_leave_no_file_behind()
    {
        var (graduate, id) = await ApprovedAsync(app);
        var version = (await app.AgreementAsync(id)).Version;
        var onDisk = FilesOnDisk(app);
        await Expect.RefusedAsync(app, id, () => Offline.UploadStampedAsync(graduate, id, [Scan("假图片.png", "not an image"u8.ToArray())], version).AsBase(), "不是有效的");
        await Expect.RefusedAsync(app, id, () => Offline.UploadStampedAsync(graduate, id, Enumerable.Range(0, 11).Select(i => Scan($"{i}.png")).ToList(), version).AsBase(), "最多上传 10 个");
        var big = new IncomingFile("大.pdf", 11 * 1024 * 1024, () => throw new InvalidOperationException("must not be read"));
        await Expect.RefusedAsync(app, id, () => Offline.UploadStampedAsync(graduate, id, [Scan(), big], version).AsBase(), "超过 10 MB");
        // A good file with a stale version: stored first, then removed when the transaction refuses.
        await Expect.RefusedAsync(app, id, () => Offline.UploadStampedAsync(graduate, id, [Scan()], version - 1).AsBase());
        Assert.Equal(onDisk, FilesOnDisk(app));
    }

    [Fact]
    public async Task A_registered_employers_credit_code_lets_it_see_the_agreement_without_any_action()
    {
        var employer = await app.NewEmployerAsync();
        await using var db = await app.DbAsync();
        var code = db.Employers.Single(e => e.Id == employer.EmployerId).CreditCode;
        var id = await SubmitAsync(app, await app.NewGraduateAsync(), Employer(code));
        Assert.Equal(employer.EmployerId, (await app.AgreementAsync(id)).EmployerId);
        Assert.Contains((await app.Queries.PageForEmployerAsync(employer, 1)).Rows, r => r.Id == id);
        Assert.Empty((await app.Queries.GetAsync(employer, id))!.Allowed);
        var otherEmployer = await app.NewEmployerAsync();
        Assert.Null(await app.Queries.GetAsync(otherEmployer, id));
    }
}

internal static class OpResultTasks
{
    public static async Task<OpResult> AsBase<T>(this Task<OpResult<T>> task) => await task;
}
