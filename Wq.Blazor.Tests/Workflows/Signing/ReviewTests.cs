using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>The demo school's two-level review of online signing (SPEC §4.1, §6): 院系初审 then 学校终审.</summary>
public class ReviewTests(SigningApp app) : IClassFixture<SigningApp>
{
    private static ReviewCommand Command(long id, ReviewDecision decision, string? opinion = null, int? version = null) =>
        new(ReviewKinds.OnlineSigning, id, decision, opinion, version);

    [Fact]
    public async Task Department_then_school_approval_signs_and_issues_the_numbered_pdf_with_a_verification_code()
    {
        var (graduate, employer, id) = await app.PendingDepartmentReviewAsync();
        var dept1 = await app.ActorAsync("dept1");
        var school1 = await app.ActorAsync("school1");
        Assert.Contains(await app.PendingAsync(dept1), i => i.Id == id && i.Gate == ReviewLevel.Department);
        Assert.DoesNotContain(await app.PendingAsync(school1), i => i.Id == id);

        await Expect.MovedAsync(app, id, dept1, async () => await app.Reviews.DecideAsync(dept1, Command(id, ReviewDecision.Approve, null, 1)),
            AgreementState.PendingSchoolReview, "Approve");
        Assert.DoesNotContain(await app.PendingAsync(dept1), i => i.Id == id);
        Assert.Contains(await app.PendingAsync(school1), i => i.Id == id && i.Gate == ReviewLevel.School);
        Assert.Null((await app.AgreementAsync(id)).PdfAttachmentId);

        var before = await app.WorldAsync(id);
        var graduateNotices = (await app.NotificationsAsync(graduate.UserId)).Count;
        var employerNotices = (await app.NotificationsAsync(employer.UserId)).Count;
        await Expect.MovedAsync(app, id, school1, async () => await app.Reviews.DecideAsync(school1, Command(id, ReviewDecision.Approve, "同意", 2)),
            AgreementState.Signed, "Approve");
        Assert.Equal(1, await app.DrainPdfJobsAsync()); // issued just after the decision commits

        var a = await app.AgreementAsync(id);
        await using var db = await app.DbAsync();
        var g = await db.Graduates.Include(x => x.School).SingleAsync(x => x.Id == graduate.GraduateId);
        Assert.Matches(@"^\d{16}$", a.Number);
        // SPEC §2: year (4) + school code (5) + level digit (专科 1, 本科 2, 硕士 3, 博士 4) + 6-digit serial.
        var levelDigit = g.Level switch
        {
            EducationLevel.JuniorCollege => "1", EducationLevel.Bachelor => "2", EducationLevel.Master => "3", _ => "4",
        };
        Assert.StartsWith($"{g.GraduationYear:0000}10999{levelDigit}", a.Number);
        Assert.Equal(app.Clock.GetUtcNow(), a.SignedAt);
        Assert.True(a.VerificationCode!.Length >= 26, a.VerificationCode);
        var pdf = await db.Attachments.SingleAsync(x => x.Id == a.PdfAttachmentId);
        Assert.Equal((AttachmentKind.AgreementPdf, $"Agreement:{id}", "application/pdf"), (pdf.Kind, pdf.OwnerRef, pdf.ContentType));
        var download = await app.Attachments.OpenAsync(graduate, pdf.Id);
        Assert.NotNull(download);
        using var bytes = new MemoryStream();
        await using (download.Content) await download.Content.CopyToAsync(bytes);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes.ToArray(), 0, 4));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));
        Assert.Equal(a.PdfSha256, sha);
        Assert.Equal(pdf.Sha256, sha);
        Assert.Equal(before.Attachments + 1, (await app.WorldAsync(id)).Attachments);
        Assert.Contains("签约成功", (await app.NotificationsAsync(graduate.UserId)).Skip(graduateNotices).Single().Title);
        Assert.Contains("签约成功", (await app.NotificationsAsync(employer.UserId)).Skip(employerNotices).Single().Title);
        // Still the graduate's one current destination.
        Assert.Equal(id, (await db.DestinationClaims.SingleAsync(c => c.GraduateId == graduate.GraduateId)).RecordId);
    }

    [Fact]
    public async Task Each_reviewer_acts_only_at_their_own_gate()
    {
        var (_, _, id) = await app.PendingDepartmentReviewAsync();
        var dept1 = await app.ActorAsync("dept1");
        var school1 = await app.ActorAsync("school1");

        await Expect.RefusedAsync(app, id, async () => await app.Reviews.DecideAsync(school1, Command(id, ReviewDecision.Approve)), "当前状态下不能执行此操作");
        await Expect.RefusedAsync(app, id, async () => await app.Reviews.DecideAsync(school1, Command(id, ReviewDecision.Fail, "材料不全")), "当前状态下不能执行此操作");

        await app.DecideAsync(dept1, id, ReviewDecision.Approve);

        await Expect.RefusedAsync(app, id, async () => await app.Reviews.DecideAsync(dept1, Command(id, ReviewDecision.Approve)), "当前状态下不能执行此操作");
        await Expect.RefusedAsync(app, id, async () => await app.Reviews.DecideAsync(dept1, Command(id, ReviewDecision.Fail, "材料不全")), "当前状态下不能执行此操作");
    }

    [Fact]
    public async Task A_stale_version_and_return_for_revision_are_refused()
    {
        var (_, _, id) = await app.PendingDepartmentReviewAsync();
        var dept1 = await app.ActorAsync("dept1");

        Assert.Equal([ReviewDecision.Approve, ReviewDecision.Fail], app.Reviews.DecisionsFor(ReviewKinds.OnlineSigning));
        await Expect.RefusedAsync(app, id, async () => await app.Reviews.DecideAsync(dept1, Command(id, ReviewDecision.Approve, null, 0)), "刷新");
        await Expect.RefusedAsync(app, id, async () => await app.Reviews.DecideAsync(dept1, Command(id, ReviewDecision.Return, "请补充", 1)), "只能通过或不通过");
    }

    [Fact]
    public async Task Fail_without_a_reason_is_refused()
    {
        var (_, _, id) = await app.PendingDepartmentReviewAsync();
        var dept1 = await app.ActorAsync("dept1");

        await Expect.RefusedAsync(app, id, async () => await app.Reviews.DecideAsync(dept1, Command(id, ReviewDecision.Fail, null)), "原因");
        await Expect.RefusedAsync(app, id, async () => await app.Reviews.DecideAsync(dept1, Command(id, ReviewDecision.Fail, "   ")), "原因");
    }

    [Theory]
    [InlineData("dept1")]
    [InlineData("school1")]
    public async Task Fail_with_a_reason_ends_in_review_failed_and_frees_the_graduate(string failingReviewer)
    {
        var (graduate, employer, id) = await app.PendingDepartmentReviewAsync();
        var waiting = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        if (failingReviewer == "school1") await app.DecideAsync(await app.ActorAsync("dept1"), id, ReviewDecision.Approve);
        var reviewer = await app.ActorAsync(failingReviewer);
        var version = (await app.AgreementAsync(id)).Version;

        var row = await Expect.MovedAsync(app, id, reviewer,
            async () => await app.Reviews.DecideAsync(reviewer, Command(id, ReviewDecision.Fail, "岗位信息与实际不符", version)),
            AgreementState.ReviewFailed, "Fail");

        Assert.Equal("岗位信息与实际不符", row.Reason);
        var a = await app.AgreementAsync(id);
        Assert.Equal("岗位信息与实际不符", a.LastOpinion);
        Assert.Null(a.PdfAttachmentId);
        Assert.Contains("签约失败", (await app.NotificationsAsync(graduate.UserId)).Last().Title);
        Assert.Contains("签约失败", (await app.NotificationsAsync(employer.UserId)).Last().Title);
        await using (var db = await app.DbAsync())
            Assert.False(await db.DestinationClaims.AnyAsync(c => c.GraduateId == graduate.GraduateId));

        // Free again: the invitation that waited can now be accepted, and the failed pair may start over.
        await Expect.MovedAsync(app, waiting, graduate, async () => await app.Responses.AcceptAsync(graduate, waiting),
            AgreementState.PendingDepartmentReview, "Accept");
        await app.InviteAsync(employer, graduate);
    }

    [Fact]
    public async Task A_department_reviewer_cannot_see_or_decide_another_departments_item()
    {
        var (_, _, id) = await app.PendingDepartmentReviewAsync(SigningApp.Economics);
        var dept1 = await app.ActorAsync("dept1");
        var economics = await app.NewDepartmentReviewerAsync(SigningApp.Economics);

        Assert.DoesNotContain(await app.PendingAsync(dept1), i => i.Id == id);
        Assert.Null(await app.Queries.GetAsync(dept1, id));
        await Expect.NotFoundAsync(app, id, async () => await app.Reviews.DecideAsync(dept1, Command(id, ReviewDecision.Approve)));
        await Expect.NotFoundAsync(app, id, async () => await app.Reviews.DecideAsync(dept1, Command(id, ReviewDecision.Fail, "不符")));

        Assert.Contains(await app.PendingAsync(economics), i => i.Id == id);
        await Expect.MovedAsync(app, id, economics, async () => await app.Reviews.DecideAsync(economics, Command(id, ReviewDecision.Approve)),
            AgreementState.PendingSchoolReview, "Approve");
    }

    [Fact]
    public async Task Parties_and_admins_cannot_decide()
    {
        var (graduate, employer, id) = await app.PendingDepartmentReviewAsync();
        foreach (var actor in new[] { graduate, employer, await app.ActorAsync("admin") })
        {
            await Expect.NotFoundAsync(app, id, async () => await app.Reviews.DecideAsync(actor, Command(id, ReviewDecision.Approve)));
            Assert.Empty(await app.PendingAsync(actor));
        }
    }

    [Fact]
    public async Task A_batch_reports_each_item_and_replaying_it_changes_nothing()
    {
        var (_, _, first) = await app.PendingDepartmentReviewAsync();
        var (_, _, second) = await app.PendingDepartmentReviewAsync();
        var dept1 = await app.ActorAsync("dept1");
        var batch = new[] { Command(first, ReviewDecision.Approve, null, 1), Command(second, ReviewDecision.Approve, null, 1) };

        var outcomes = await app.Reviews.DecideManyAsync(dept1, batch);
        Assert.All(outcomes, o => Assert.True(o.Ok, o.Error));
        Assert.Equal(AgreementState.PendingSchoolReview, (await app.AgreementAsync(first)).State);
        Assert.Equal(AgreementState.PendingSchoolReview, (await app.AgreementAsync(second)).State);

        var before = (await app.WorldAsync(first), await app.WorldAsync(second));
        var replay = await app.Reviews.DecideManyAsync(dept1, batch);
        Assert.All(replay, o => { Assert.False(o.Ok); Expect.Chinese(o.Error); });
        Assert.Equal(before, (await app.WorldAsync(first), await app.WorldAsync(second)));
    }
}
