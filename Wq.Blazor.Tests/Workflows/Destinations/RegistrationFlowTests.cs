using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Destinations;

namespace Wq.Blazor.Tests.Workflows.Destinations;

/// <summary>Issue 9: a registration from submission through both gates, 退回修改 → resubmit, 不通过 and 撤销.</summary>
public class RegistrationFlowTests(SigningApp app) : IClassFixture<SigningApp>
{
    [Fact]
    public async Task A_registration_with_its_proof_holds_the_destination_through_both_gates_and_carries_its_group()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await app.SubmitAsync(graduate, "801");

        var r = await app.RegistrationAsync(id);
        Assert.Equal((RegistrationState.PendingDepartmentReview, DestinationGroup.FurtherStudy, "北京大学"), (r.State, r.Group, r.OrganisationName));
        Assert.NotNull(r.AdmissionDate);
        var claim = (await app.ClaimAsync(graduate))!;
        Assert.Equal((DestinationKind.Registration, id), (claim.Kind, claim.RecordId));
        await using (var db = await app.DbAsync())
        {
            var proof = await db.Attachments.AsNoTracking().SingleAsync(a => a.OwnerRef == r.Ref.ToString());
            Assert.Equal((AttachmentKind.DestinationProof, "application/pdf"), (proof.Kind, proof.ContentType));
        }
        var queue = await app.PendingAsync(await app.ActorAsync("dept1"));
        Assert.Contains(queue, i => i.Id == id && i.StateLabel == "待院系审核" && i.Summary == "去向代码 801");

        await app.ApproveBothAsync(id);
        r = await app.RegistrationAsync(id);
        Assert.Equal(RegistrationState.Approved, r.State);
        Assert.NotNull(r.ApprovedAt);
        var view = (await app.Get<RegistrationQueries>().GetAsync(graduate, id))!;
        Assert.Equal(["毕业生提交毕业去向登记", "院系审核通过(计算机学院审核员)", "学校审核通过(学校就业中心审核员)"],
            view.Timeline.Select(t => t.Text));
        Assert.Contains(view.Fields, f => f.Label == "录取院校" && f.Value == "北京大学");
        var notice = (await app.NotificationsAsync(graduate.UserId))[^1];
        Assert.Equal(("去向登记审核通过", $"/graduate/destinations/{id}"), (notice.Title, notice.Link));
    }

    [Fact]
    public async Task Returned_for_revision_the_graduate_sees_the_opinion_edits_and_resubmits_keeping_the_destination()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await app.SubmitAsync(graduate, "11");
        var returned = await app.ReviewAsync(await app.ActorAsync("dept1"), id, ReviewDecision.Return, "劳动合同缺少签字页");
        Assert.True(returned.Ok, returned.Error);

        var view = (await app.Get<RegistrationQueries>().GetAsync(graduate, id))!;
        Assert.Equal((RegistrationState.Returned, "劳动合同缺少签字页"), (view.State, view.LastOpinion));
        Assert.Equal([RegistrationTrigger.Resubmit, RegistrationTrigger.Withdraw], view.Allowed.Order());
        Assert.Equal(id, (await app.ClaimAsync(graduate))!.RecordId);

        var input = await app.InputAsync(graduate, "11");
        input.Values["organisation"] = "星河软件(北京)有限公司";
        var resubmitted = await app.Registrations().ResubmitAsync(graduate, id, view.Version, input, [RegistrationSteps.PdfProof("签字页.pdf")]);
        Assert.True(resubmitted.Ok, resubmitted.Error);

        var r = await app.RegistrationAsync(id);
        Assert.Equal((RegistrationState.PendingDepartmentReview, "星河软件(北京)有限公司"), (r.State, r.OrganisationName));
        view = (await app.Get<RegistrationQueries>().GetAsync(graduate, id))!;
        Assert.Equal(2, view.Proofs.Count);
        Assert.Equal("院系退回修改(计算机学院审核员)", view.Timeline[1].Text);
        Assert.Equal("劳动合同缺少签字页", view.Timeline[1].Reason);
        Assert.Equal("毕业生修改后重新提交", view.Timeline[2].Text);
    }

    [Fact]
    public async Task On_resubmission_the_graduate_replaces_a_proof_and_its_file_goes_only_after_the_commit()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await app.SubmitAsync(graduate, "11");
        Assert.True((await app.ReviewAsync(await app.ActorAsync("dept1"), id, ReviewDecision.Return, "合同页模糊,请重新上传")).Ok);
        var view = (await app.Get<RegistrationQueries>().GetAsync(graduate, id))!;
        var old = Assert.Single(view.Proofs);
        await using var db = await app.DbAsync();
        var oldFile = Path.Combine(app.DataDirectory, "files", await db.Attachments.Where(a => a.Id == old.Id).Select(a => a.StoredName).SingleAsync());
        Assert.True(File.Exists(oldFile));
        var input = await app.InputAsync(graduate, "11");

        // Removing the only proof without a new one is refused, and the old file stays.
        var refused = await app.Registrations().ResubmitAsync(graduate, id, view.Version, input, [], [old.Id]);
        Assert.False(refused.Ok);
        Assert.True(File.Exists(oldFile));

        var replaced = await app.Registrations().ResubmitAsync(graduate, id, view.Version, input, [RegistrationSteps.PdfProof("清晰合同.pdf")], [old.Id]);

        Assert.True(replaced.Ok, replaced.Error);
        view = (await app.Get<RegistrationQueries>().GetAsync(graduate, id))!;
        Assert.Equal(["清晰合同.pdf"], view.Proofs.Select(p => p.FileName));
        Assert.False(File.Exists(oldFile), "the removed proof's file is deleted after the commit");
    }

    [Fact]
    public async Task Resubmitting_a_stale_version_is_refused_and_changes_nothing()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await app.SubmitAsync(graduate, "76");
        Assert.True((await app.ReviewAsync(await app.ActorAsync("dept1"), id, ReviewDecision.Return, "请补充作品链接")).Ok);
        var input = await app.InputAsync(graduate, "76");
        await Expect.RefusedAsync(app, 0, async () => await app.Registrations().ResubmitAsync(graduate, id, expectedVersion: 0, input, []), "刷新");
    }

    [Fact]
    public async Task Failed_review_voids_the_registration_and_frees_the_graduate_to_register_again()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await app.SubmitAsync(graduate, "85");
        Assert.True((await app.ReviewAsync(await app.ActorAsync("dept1"), id, ReviewDecision.Fail, "录取通知书无法核实")).Ok);
        Assert.Equal(RegistrationState.ReviewFailed, (await app.RegistrationAsync(id)).State);
        Assert.Equal("审核不通过", RegistrationWorkflow.Label(RegistrationState.ReviewFailed));
        Assert.Null(await app.ClaimAsync(graduate));
        var again = await app.SubmitAsync(graduate, "85");
        Assert.Equal(again, (await app.ClaimAsync(graduate))!.RecordId);
    }

    [Fact]
    public async Task The_graduate_may_withdraw_before_review_but_not_once_the_department_approved()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await app.SubmitAsync(graduate, "70");
        var withdrawn = await app.Registrations().WithdrawAsync(graduate, id, 0);
        Assert.True(withdrawn.Ok, withdrawn.Error);
        Assert.Equal(RegistrationState.Withdrawn, (await app.RegistrationAsync(id)).State);
        Assert.Null(await app.ClaimAsync(graduate));

        var second = await app.SubmitAsync(graduate, "70");
        Assert.True((await app.ReviewAsync(await app.ActorAsync("dept1"), second, ReviewDecision.Approve)).Ok);
        await Expect.RefusedAsync(app, 0, async () => await app.Registrations().WithdrawAsync(graduate, second, 1), "当前状态下不能执行此操作");
    }

    [Fact]
    public async Task Another_graduate_or_department_gets_not_found_for_the_registration()
    {
        var owner = await app.NewGraduateAsync();
        var id = await app.SubmitAsync(owner, "72");
        var stranger = await app.NewGraduateAsync(SigningApp.Economics);
        Assert.Null(await app.Get<RegistrationQueries>().GetAsync(stranger, id));
        Assert.Null(await app.Get<RegistrationQueries>().GetAsync(await app.NewDepartmentReviewerAsync(SigningApp.Economics), id));
        await Expect.RefusedAsync(app, 0, async () => await app.Registrations().WithdrawAsync(stranger, id, 0), notFound: true);
        Assert.NotNull(await app.Get<RegistrationQueries>().GetAsync(await app.ActorAsync("school1"), id));
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_or_pdf_by_its_bytes_is_refused_and_nothing_is_stored()
    {
        var graduate = await app.NewGraduateAsync();
        var input = await app.InputAsync(graduate, "46");
        var fake = new ProofUpload("入伍通知书.pdf", () => new MemoryStream("<html>not a pdf</html>"u8.ToArray()));
        // Every file of the data folder but the mail outbox, where other tests' mail lands at any moment.
        var outbox = Path.Combine(app.DataDirectory, "outbox") + Path.DirectorySeparatorChar;
        int Stored() => Directory.GetFiles(app.DataDirectory, "*", SearchOption.AllDirectories).Count(f => !f.StartsWith(outbox, StringComparison.Ordinal));
        var files = Stored();
        await Expect.RefusedAsync(app, 0, async () => await app.Registrations().SubmitAsync(graduate, input, [fake]), "不是有效的 JPG、PNG 或 PDF");
        await Expect.RefusedAsync(app, 0, async () => await app.Registrations().SubmitAsync(graduate, input, []), "请上传证明材料");
        Assert.Equal(files, Stored());
    }

    [Fact]
    public async Task Grad3s_seeded_registration_has_a_detail_page_with_its_fields_and_timeline()
    {
        var grad3 = await app.ActorAsync("grad3");
        var claim = (await app.ClaimAsync(grad3))!;
        var view = (await app.Get<RegistrationQueries>().GetAsync(grad3, claim.RecordId))!;
        Assert.Equal(("801 研究生", "审核通过", "升学"), (view.Title, view.StateLabel, view.GroupLabel));
        Assert.Contains(view.Fields, f => f.Label == "录取院校" && f.Value == "华夏理工大学研究生院");
        Assert.Equal(3, view.Timeline.Count);
    }
}
