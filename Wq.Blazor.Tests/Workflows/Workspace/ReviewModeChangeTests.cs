using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Tests.Workflows.Destinations;
using Wq.Blazor.Tests.Workflows.Offline;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Accounts;
using Wq.Blazor.Workflows.Review;
using static Wq.Blazor.Tests.Workflows.Workspace.WorkspaceScenarios;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>ADR 0011: a review-mode change is refused, with the count per kind, while items wait at a gate the new mode lacks.</summary>
public class ReviewModeChangeTests(SigningApp app) : IClassFixture<SigningApp>
{
    private SchoolAdminService Schools => app.Get<SchoolAdminService>();

    [Fact]
    public async Task A_change_that_would_strand_items_is_refused_with_their_count_and_goes_through_once_they_are_decided()
    {
        var school = await SchoolAsync(app);
        var online = (await PendingAsync(app, school, 2)).ToList();
        var offline = await OfflineSteps.SubmitAsync(app, await app.NewGraduateAtAsync(school, EducationLevel.Bachelor));
        var registration = await app.SubmitAsync(await app.NewGraduateAtAsync(school, EducationLevel.Master));
        var versions = await VersionsAsync(school);

        // 学校审核 has no department gate: all four items would be stranded.
        var refused = await Schools.SetReviewModeAsync(school.SchoolReviewer, school.SchoolId, ReviewMode.SchoolOnly);
        Assert.False(refused.Ok);
        Assert.Equal("不能修改审核模式:尚有线上签约 2 项、线下签约 1 项、毕业去向登记 1 项正在新模式下没有的审核环节等待审核。请先审核完毕,再修改审核模式。",
            refused.Error);
        Assert.Equal(ReviewMode.TwoLevel, await ModeAsync(school));
        Assert.Equal(versions, await VersionsAsync(school));
        Assert.Empty(await ModeAuditAsync(school));

        // 院系审核 keeps the department gate, so the same items do not block it; their next 通过 is final.
        var toDept = await Schools.SetReviewModeAsync(school.SchoolReviewer, school.SchoolId, ReviewMode.DepartmentOnly);
        Assert.True(toDept.Ok, toDept.Error);
        await app.DecideAsync(school.DepartmentReviewer, online[0], ReviewDecision.Approve);
        Assert.Equal(AgreementState.Signed, (await app.AgreementAsync(online[0])).State);

        var stillWaiting = await Schools.SetReviewModeAsync(school.SchoolReviewer, school.SchoolId, ReviewMode.SchoolOnly);
        Assert.Equal("不能修改审核模式:尚有线上签约 1 项、线下签约 1 项、毕业去向登记 1 项正在新模式下没有的审核环节等待审核。请先审核完毕,再修改审核模式。",
            stillWaiting.Error);

        await app.DecideAsync(school.DepartmentReviewer, online[1], ReviewDecision.Fail, "岗位信息不实");
        var offlineApproved = await app.Reviews.DecideAsync(school.DepartmentReviewer,
            new ReviewCommand(ReviewKinds.OfflineSigning, offline, ReviewDecision.Approve, null, (await app.AgreementAsync(offline)).Version));
        Assert.True(offlineApproved.Ok, offlineApproved.Error);
        Assert.Equal(AgreementState.AgreementApproved, (await app.AgreementAsync(offline)).State);
        Assert.True((await app.ReviewAsync(school.DepartmentReviewer, registration, ReviewDecision.Return, "请补充录取通知书")).Ok);

        // Nothing waits at a gate any more (退回修改 and 审核通过 pick up the mode at their next move).
        var toSchool = await Schools.SetReviewModeAsync(school.SchoolReviewer, school.SchoolId, ReviewMode.SchoolOnly);
        Assert.True(toSchool.Ok, toSchool.Error);
        Assert.Equal(ReviewMode.SchoolOnly, await ModeAsync(school));
        Assert.Equal(["TwoLevel→DepartmentOnly", "DepartmentOnly→SchoolOnly"], (await ModeAuditAsync(school)).Select(e => $"{e.FromState}→{e.ToState}"));
    }

    [Fact]
    public void Stranded_gates_are_read_from_the_tables()
    {
        Assert.Equal([AgreementState.PendingDepartmentReview], ReviewModeChange.Stranded(OnlineSigningWorkflow.Table, ReviewMode.SchoolOnly));
        Assert.Equal([AgreementState.PendingSchoolReview], ReviewModeChange.Stranded(PaperRegistrationWorkflow.Table, ReviewMode.DepartmentOnly));
        Assert.Equal([AgreementState.PendingAgreementSchoolReview, AgreementState.PendingSigningSchoolReview],
            ReviewModeChange.Stranded(OfflineSigningWorkflow.Table, ReviewMode.DepartmentOnly).Order());
        Assert.Equal([RegistrationState.PendingDepartmentReview, RegistrationState.ChangePendingDepartmentReview],
            ReviewModeChange.Stranded(RegistrationWorkflow.Table, ReviewMode.SchoolOnly).Order());
        Assert.Empty(ReviewModeChange.Stranded(TerminationWorkflow.Online, ReviewMode.TwoLevel));
    }

    private async Task<ReviewMode> ModeAsync(TestSchool school)
    {
        await using var db = await app.DbAsync();
        return await db.Schools.Where(s => s.Id == school.SchoolId).Select(s => s.ReviewMode).SingleAsync();
    }

    private async Task<int> VersionsAsync(TestSchool school)
    {
        await using var db = await app.DbAsync();
        return await db.Agreements.Where(a => a.SchoolId == school.SchoolId).SumAsync(a => a.Version)
               + await db.DestinationRegistrations.Where(r => r.SchoolId == school.SchoolId).SumAsync(r => r.Version);
    }

    private async Task<List<AuditEvent>> ModeAuditAsync(TestSchool school)
    {
        await using var db = await app.DbAsync();
        var (type, id, action) = (StoredCode.Of(RecordKind.School), school.SchoolId.ToString(), StoredCode.Of(AuditAction.SetReviewMode));
        return await db.AuditEvents.AsNoTracking().Where(e => e.RecordType == type && e.RecordId == id && e.Action == action).OrderBy(e => e.Id).ToListAsync();
    }
}
