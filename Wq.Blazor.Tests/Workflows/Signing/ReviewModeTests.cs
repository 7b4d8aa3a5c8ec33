using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>
/// The cells of SPEC §4.1 that the two-level demo school never reaches: schools reviewing at the
/// department only (院系审核) or at the school only (学校审核). Their schools are inserted as arrangement.
/// </summary>
public class ReviewModeTests(SigningApp app) : IClassFixture<SigningApp>
{
    private static ReviewCommand Command(long id, ReviewDecision decision, string? opinion = null) =>
        new(ReviewKinds.OnlineSigning, id, decision, opinion, null);

    [Fact]
    public async Task Department_only_review_signs_at_the_department_and_the_school_reviewer_has_no_gate()
    {
        var school = await app.NewSchoolAsync(ReviewMode.DepartmentOnly, "10901");
        var graduate = await app.NewGraduateAtAsync(school, EducationLevel.Master);
        var id = await app.InviteAsync(await app.NewEmployerAsync(), graduate);

        await Expect.MovedAsync(app, id, graduate, async () => await app.Responses.AcceptAsync(graduate, id),
            AgreementState.PendingDepartmentReview, "Accept");
        Assert.Contains(await app.PendingAsync(school.DepartmentReviewer), i => i.Id == id);
        Assert.DoesNotContain(await app.PendingAsync(school.SchoolReviewer), i => i.Id == id);
        await Expect.RefusedAsync(app, id, async () => await app.Reviews.DecideAsync(school.SchoolReviewer, Command(id, ReviewDecision.Approve)),
            "当前状态下不能执行此操作");

        await Expect.MovedAsync(app, id, school.DepartmentReviewer,
            async () => await app.Reviews.DecideAsync(school.DepartmentReviewer, Command(id, ReviewDecision.Approve)),
            AgreementState.Signed, "Approve");
        Assert.Equal(1, await app.DrainPdfJobsAsync()); // issued just after the decision commits

        var a = await app.AgreementAsync(id);
        Assert.Matches(@"^\d{4}109013\d{6}$", a.Number);
        Assert.NotNull(a.PdfAttachmentId);
        Assert.NotNull(a.VerificationCode);
    }

    [Fact]
    public async Task Department_only_review_can_fail_at_the_department()
    {
        var school = await app.NewSchoolAsync(ReviewMode.DepartmentOnly, "10903");
        var graduate = await app.NewGraduateAtAsync(school, EducationLevel.JuniorCollege);
        var id = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        await app.AcceptAsync(graduate, id);
        Assert.Matches(@"^\d{4}109031000001$", (await app.AgreementAsync(id)).Number);

        await Expect.MovedAsync(app, id, school.DepartmentReviewer,
            async () => await app.Reviews.DecideAsync(school.DepartmentReviewer, Command(id, ReviewDecision.Fail, "协议条款不完整")),
            AgreementState.ReviewFailed, "Fail");
    }

    [Fact]
    public async Task School_only_review_skips_the_department_and_signs_at_the_school()
    {
        var school = await app.NewSchoolAsync(ReviewMode.SchoolOnly, "10902");
        var graduate = await app.NewGraduateAtAsync(school, EducationLevel.Doctorate);
        var id = await app.InviteAsync(await app.NewEmployerAsync(), graduate);

        await Expect.MovedAsync(app, id, graduate, async () => await app.Responses.AcceptAsync(graduate, id),
            AgreementState.PendingSchoolReview, "Accept");
        Assert.DoesNotContain(await app.PendingAsync(school.DepartmentReviewer), i => i.Id == id);
        await Expect.RefusedAsync(app, id, async () => await app.Reviews.DecideAsync(school.DepartmentReviewer, Command(id, ReviewDecision.Approve)),
            "当前状态下不能执行此操作");
        Assert.Contains(await app.PendingAsync(school.SchoolReviewer), i => i.Id == id && i.Gate == ReviewLevel.School);

        await Expect.MovedAsync(app, id, school.SchoolReviewer,
            async () => await app.Reviews.DecideAsync(school.SchoolReviewer, Command(id, ReviewDecision.Approve)),
            AgreementState.Signed, "Approve");
        Assert.Matches(@"^\d{4}109024000001$", (await app.AgreementAsync(id)).Number);
    }

    [Fact]
    public async Task After_accepting_at_a_school_only_school_every_message_names_the_school_gate()
    {
        // The demo school reviews at two levels (待院系审核 first); here 接受 goes straight to 待学校审核.
        var school = await app.NewSchoolAsync(ReviewMode.SchoolOnly, "10906");
        var graduate = await app.NewGraduateAtAsync(school, EducationLevel.Bachelor);
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate);
        var other = await app.InviteAsync(await app.NewEmployerAsync(), graduate);

        await app.AcceptAsync(graduate, id);

        // The graduate's page label, which the accept message repeats.
        Assert.Equal("待学校审核", (await app.Queries.GetAsync(graduate, id))!.StateLabel);
        // The employer's notice.
        Assert.EndsWith("接受了你的签约邀请,目前待学校审核。", (await app.NotificationsAsync(employer.UserId)).Last().Body);
        // The other invitation, on its page and in the list.
        var name = (await app.AgreementAsync(id)).EmployerInfo.Name;
        var reason = $"你已接受{name}的签约邀请,目前待学校审核,其他签约邀请只能查看,无法操作";
        Assert.Equal(reason, (await app.Queries.GetAsync(graduate, other))!.ViewOnlyReason);
        Assert.Equal(reason, (await app.Queries.ListForGraduateAsync(graduate)).Single(r => r.Id == other).ViewOnlyReason);
    }

    [Fact]
    public async Task School_only_review_can_fail_at_the_school()
    {
        var school = await app.NewSchoolAsync(ReviewMode.SchoolOnly, "10904");
        var graduate = await app.NewGraduateAtAsync(school, EducationLevel.Bachelor);
        var id = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        await app.AcceptAsync(graduate, id);

        await Expect.MovedAsync(app, id, school.SchoolReviewer,
            async () => await app.Reviews.DecideAsync(school.SchoolReviewer, Command(id, ReviewDecision.Fail, "单位资质存疑")),
            AgreementState.ReviewFailed, "Fail");
    }

    [Fact]
    public async Task Reviewers_of_one_school_see_nothing_of_another_school()
    {
        var school = await app.NewSchoolAsync(ReviewMode.TwoLevel, "10905");
        var (_, _, id) = await app.SignedAsync(); // at the demo school 10999
        var pdf = (await app.AgreementAsync(id)).PdfAttachmentId!.Value;

        foreach (var reviewer in new[] { school.SchoolReviewer, school.DepartmentReviewer })
        {
            Assert.Null(await app.Queries.GetAsync(reviewer, id));
            Assert.Null(await app.Attachments.OpenAsync(reviewer, pdf));
        }
        var (_, _, pending) = await app.PendingDepartmentReviewAsync();
        await Expect.NotFoundAsync(app, pending, async () => await app.Reviews.DecideAsync(school.DepartmentReviewer, Command(pending, ReviewDecision.Approve)));
        await Expect.NotFoundAsync(app, pending, async () => await app.Reviews.DecideAsync(school.SchoolReviewer, Command(pending, ReviewDecision.Fail, "不符")));
        Assert.DoesNotContain(await app.PendingAsync(school.DepartmentReviewer), i => i.Id == pending);
    }
}
