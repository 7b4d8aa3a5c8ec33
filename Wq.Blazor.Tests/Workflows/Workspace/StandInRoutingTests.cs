using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Tests.Workflows.Destinations;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Accounts;
using Wq.Blazor.Workflows.Destinations;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Workspace;
using static Wq.Blazor.Tests.Workflows.Workspace.WorkspaceScenarios;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>
/// Routing that never strands anyone: the school reviewer acts at the gate of a department without an
/// active reviewer account, and only there; the audit says so.
/// </summary>
public class StandInRoutingTests(SigningApp app) : IClassFixture<SigningApp>
{
    private BatchReviewService Batch => app.Get<BatchReviewService>();

    /// <summary>The test school plus a second department, created by the school, with no reviewer account.</summary>
    private async Task<(TestSchool Staffed, TestSchool Unstaffed)> SchoolWithUnstaffedDepartmentAsync()
    {
        var school = await SchoolAsync(app);
        var dept = await app.Get<SchoolAdminService>().AddDepartmentAsync(school.SchoolReviewer, school.SchoolId, "外国语学院");
        Assert.True(dept.Ok, dept.Error);
        return (school, school with { DepartmentId = dept.Value });
    }

    [Fact]
    public async Task The_school_decides_at_a_department_without_a_reviewer_and_only_views_a_staffed_one()
    {
        var (staffed, unstaffed) = await SchoolWithUnstaffedDepartmentAsync();
        var orphan = (await PendingAsync(app, unstaffed, 1))[0];
        var registration = await app.SubmitAsync(await app.NewGraduateAtAsync(unstaffed, EducationLevel.Master));
        var covered = (await PendingAsync(app, staffed, 1))[0];

        var items = await AllAsync(app, staffed.SchoolReviewer);
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal(ReviewLevel.Department, i.Gate));
        Assert.Equal([(ReviewKinds.OnlineSigning, covered)],
            items.Where(i => !i.Actionable).Select(i => (i.Kind, i.Id)));
        Assert.Equal(2, await app.Get<ReviewQueueQuery>().CountAsync(staffed.SchoolReviewer, new QueueFilter { ActionableOnly = true }));

        var r = (await Batch.DecideAsync(staffed.SchoolReviewer, items, ReviewDecision.Approve, null)).Value!;
        Assert.Equal(2, r.Succeeded.Count);
        Assert.Equal(covered, Assert.Single(r.Skipped).Item.Id);
        Assert.Equal("该事项等待院系审核,学校审核员只能查看", r.Skipped[0].Reason);

        // Two-level review: standing in for the department sends the item on to the school's own gate.
        Assert.Equal(AgreementState.PendingSchoolReview, (await app.AgreementAsync(orphan)).State);
        Assert.Equal(RegistrationState.PendingSchoolReview, (await app.RegistrationAsync(registration)).State);
        foreach (var (type, id) in new[] { (RecordKind.Agreement, orphan), (RecordKind.DestinationRegistration, registration) })
        {
            var row = (await app.AuditAsync(StoredCode.Of(type), id)).Last();
            Assert.Equal((Roles.SchoolReviewer, staffed.SchoolReviewer.UserId, "PendingDepartmentReview", "PendingSchoolReview", "Approve"),
                (row.ActorRole, row.ActorUserId, row.FromState, row.ToState, row.Action));
            Assert.Equal(ReviewerGate.StandInReason, row.Reason);
        }

        // The staffed department's item is refused to the school even when asked directly.
        var direct = await app.Reviews.DecideAsync(staffed.SchoolReviewer, new ReviewCommand(ReviewKinds.OnlineSigning, covered, ReviewDecision.Approve, null, null));
        Assert.False(direct.Ok);
        Assert.Contains("当前状态下不能执行此操作", direct.Error);
        Assert.Equal(AgreementState.PendingDepartmentReview, (await app.AgreementAsync(covered)).State);
    }

    [Fact]
    public async Task Detail_pages_offer_the_school_the_decision_exactly_where_it_may_stand_in()
    {
        var (staffed, unstaffed) = await SchoolWithUnstaffedDepartmentAsync();
        var orphan = (await PendingAsync(app, unstaffed, 1))[0];
        var registration = await app.SubmitAsync(await app.NewGraduateAtAsync(unstaffed, EducationLevel.Master));
        var covered = (await PendingAsync(app, staffed, 1))[0];
        var school = staffed.SchoolReviewer;
        var agreements = app.Get<Wq.Blazor.Workflows.Signing.AgreementQueries>();

        Assert.Equal([AgreementTrigger.Approve, AgreementTrigger.Fail], (await agreements.GetAsync(school, orphan))!.Allowed.Order());
        Assert.Contains(RegistrationTrigger.Approve, (await app.Get<RegistrationQueries>().GetAsync(school, registration))!.Allowed);
        Assert.Empty((await agreements.GetAsync(school, covered))!.Allowed);
        // The department's own reviewer still gets the same buttons on the staffed item.
        Assert.Contains(AgreementTrigger.Approve, (await agreements.GetAsync(staffed.DepartmentReviewer, covered))!.Allowed);
    }

    [Fact]
    public async Task A_locked_out_department_reviewer_does_not_count_as_active()
    {
        var school = await SchoolAsync(app);
        var id = (await PendingAsync(app, school, 1))[0];
        Assert.False(Assert.Single(await AllAsync(app, school.SchoolReviewer)).Actionable);

        await SetLockoutAsync(school.DepartmentReviewer.UserId, app.Clock.GetUtcNow().AddMinutes(15));
        Assert.True(Assert.Single(await AllAsync(app, school.SchoolReviewer)).Actionable);
        await app.DecideAsync(school.SchoolReviewer, id, ReviewDecision.Fail, "单位信息不实");
        var row = (await app.AuditAsync(StoredCode.Of(RecordKind.Agreement), id)).Last();
        Assert.Equal(("Fail", "PendingDepartmentReview", $"{ReviewerGate.StandInReason}:单位信息不实"), (row.Action, row.FromState, row.Reason));
        Assert.Equal("单位信息不实", (await app.AgreementAsync(id)).LastOpinion);

        // Once the lockout has passed the department is staffed again and its items are read-only for the school.
        var next = (await PendingAsync(app, school, 1))[0];
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.False(Assert.Single(await AllAsync(app, school.SchoolReviewer), i => i.Id == next).Actionable);
    }

    private async Task SetLockoutAsync(string userId, DateTimeOffset until)
    {
        await using var db = await app.DbAsync();
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        user.LockoutEnd = until;
        await db.SaveChangesAsync();
    }
}
