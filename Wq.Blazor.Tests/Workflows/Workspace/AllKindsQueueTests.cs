using MiniExcelLibs;
using Wq.Blazor.Tests.Workflows.Destinations;
using Wq.Blazor.Tests.Workflows.Offline;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Offline;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Workspace;
using static Wq.Blazor.Tests.Workflows.Workspace.WorkspaceScenarios;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>线下签约, 已签协议登记 and 毕业去向登记 through the grid path: rows, counts, filters and batches.</summary>
public class AllKindsQueueTests(SigningApp app) : IClassFixture<SigningApp>
{
    private BatchReviewService Batch => app.Get<BatchReviewService>();

    private async Task<(long Offline, long Paper, long Registration)> OneOfEachAsync(TestSchool school)
    {
        var offline = await OfflineSteps.SubmitAsync(app, await app.NewGraduateAtAsync(school, EducationLevel.Bachelor));
        var paper = await app.Get<PaperRegistrationService>().SubmitAsync(await app.NewGraduateAtAsync(school, EducationLevel.Master),
            OfflineSteps.Employer(), SigningApp.Terms(), [OfflineSteps.Scan("第1页.png")]);
        Assert.True(paper.Ok, paper.Error);
        var registration = await app.SubmitAsync(await app.NewGraduateAtAsync(school, EducationLevel.Doctorate));
        return (offline, paper.Value, registration);
    }

    [Fact]
    public async Task Each_new_kind_appears_is_counted_filtered_and_batch_decided_through_both_gates()
    {
        var school = await SchoolAsync(app);
        var (offline, paper, registration) = await OneOfEachAsync(school);

        var atDept = await AllAsync(app, school.DepartmentReviewer);
        Assert.Equal(
            [(ReviewKinds.DestinationRegistration, registration, "待院系审核"), (ReviewKinds.OfflineSigning, offline, "协议待院系审核"),
             (ReviewKinds.PaperRegistration, paper, "登记待院系审核")],
            atDept.Select(i => (i.Kind, i.Id, i.StateLabel)).OrderBy(x => x.Kind));
        Assert.All(atDept, i => Assert.True(i.Actionable));
        var counts = await app.Get<ReviewQueueQuery>().CountsByKindAsync(school.DepartmentReviewer, new QueueFilter());
        Assert.Equal(1, counts[ReviewKinds.OfflineSigning]);
        Assert.Equal(1, counts[ReviewKinds.PaperRegistration]);
        Assert.Equal(1, counts[ReviewKinds.DestinationRegistration]);
        Assert.Equal(0, counts[ReviewKinds.OnlineSigning]);
        Assert.Equal([paper], (await AllAsync(app, school.DepartmentReviewer, new QueueFilter { Level = EducationLevel.Master })).Select(i => i.Id));
        Assert.Equal([offline, paper], (await AllAsync(app, school.DepartmentReviewer, new QueueFilter { Keyword = "远方贸易" })).Select(i => i.Id).Order());

        using (var xlsx = new MemoryStream())
        {
            await app.Get<QueueExport>().WriteAsync(school.DepartmentReviewer, new QueueFilter(), xlsx);
            xlsx.Position = 0;
            var exported = MiniExcel.Query(xlsx, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>();
            Assert.Equal(["已签协议登记 登记待院系审核", "毕业去向登记 待院系审核", "线下签约 协议待院系审核"],
                exported.Select(r => $"{r["类型"]} {r["状态"]}").Order(StringComparer.Ordinal));
        }

        // The school sees them at the department gate, read-only (the department has its reviewer).
        var schoolView = await AllAsync(app, school.SchoolReviewer);
        Assert.Equal(3, schoolView.Count);
        Assert.All(schoolView, i => Assert.False(i.Actionable));

        var dept = await Batch.DecideAsync(school.DepartmentReviewer, atDept, ReviewDecision.Approve, null);
        Assert.Equal(3, dept.Value!.Succeeded.Count);
        var atSchool = await AllAsync(app, school.SchoolReviewer, new QueueFilter { Gate = ReviewLevel.School });
        Assert.Equal(["协议待学校审核", "登记待学校审核", "待学校审核"],
            atSchool.OrderBy(i => i.Kind == ReviewKinds.OfflineSigning ? 0 : i.Kind == ReviewKinds.PaperRegistration ? 1 : 2).Select(i => i.StateLabel));
        Assert.Empty(await AllAsync(app, school.DepartmentReviewer));

        var final = await Batch.DecideAsync(school.SchoolReviewer, atSchool, ReviewDecision.Approve, null);
        Assert.Equal(3, final.Value!.Succeeded.Count);
        Assert.Equal(AgreementState.AgreementApproved, (await app.AgreementAsync(offline)).State);
        Assert.Equal(AgreementState.Signed, (await app.AgreementAsync(paper)).State);
        Assert.Equal(RegistrationState.Approved, (await app.RegistrationAsync(registration)).State);
    }

    [Fact]
    public async Task The_offline_signing_review_and_a_destination_change_wait_in_the_grid_with_their_own_labels()
    {
        var school = await SchoolAsync(app, ReviewMode.SchoolOnly);
        var graduate = await app.NewGraduateAtAsync(school, EducationLevel.Bachelor);
        var offline = await OfflineSteps.SubmitAsync(app, graduate);
        var first = await Batch.DecideAsync(school.SchoolReviewer, await AllAsync(app, school.SchoolReviewer), ReviewDecision.Approve, null);
        Assert.Single(first.Value!.Succeeded);
        var up = await app.Get<OfflineSigningService>().UploadStampedAsync(graduate, offline, [OfflineSteps.Scan()], (await app.AgreementAsync(offline)).Version);
        Assert.True(up.Ok, up.Error);

        var registrant = await app.NewGraduateAtAsync(school, EducationLevel.Master);
        var approved = await app.SubmitAsync(registrant);
        Assert.True((await app.ReviewAsync(school.SchoolReviewer, approved, ReviewDecision.Approve)).Ok);
        var change = await app.SubmitAsync(registrant, "802");

        var items = await AllAsync(app, school.SchoolReviewer);
        var signing = Assert.Single(items, i => i.Kind == ReviewKinds.OfflineSigning);
        Assert.Equal((offline, "签约待学校审核", true), (signing.Id, signing.StateLabel, signing.Actionable));
        var changed = Assert.Single(items, i => i.Kind == ReviewKinds.DestinationRegistration);
        Assert.Equal((change, "变更待学校审核"), (changed.Id, changed.StateLabel));
        Assert.StartsWith("变更", changed.Summary);

        var r = await Batch.DecideAsync(school.SchoolReviewer, items, ReviewDecision.Approve, null);
        Assert.Equal(2, r.Value!.Succeeded.Count);
        Assert.Equal(AgreementState.Signed, (await app.AgreementAsync(offline)).State);
        Assert.Equal(RegistrationState.Approved, (await app.RegistrationAsync(change)).State);
        Assert.Equal(RegistrationState.Voided, (await app.RegistrationAsync(approved)).State);
    }

    [Fact]
    public async Task A_batch_return_sends_back_the_kinds_whose_table_allows_it_and_explains_the_others()
    {
        var school = await SchoolAsync(app);
        var (offline, paper, registration) = await OneOfEachAsync(school);
        var online = (await PendingAsync(app, school, 1))[0];

        var r = (await Batch.DecideAsync(school.DepartmentReviewer, await AllAsync(app, school.DepartmentReviewer), ReviewDecision.Return, "请补充材料")).Value!;
        Assert.Equal(
            [new QueueKey(ReviewKinds.DestinationRegistration, registration), new QueueKey(ReviewKinds.OfflineSigning, offline),
             new QueueKey(ReviewKinds.PaperRegistration, paper)],
            r.Succeeded.Select(i => i.Key).OrderBy(k => k.Kind));
        var skip = Assert.Single(r.Skipped);
        Assert.Equal(online, skip.Item.Id);
        Assert.Equal("线上签约不支持“退回修改”", skip.Reason);
        Assert.Equal(AgreementState.AgreementReturned, (await app.AgreementAsync(offline)).State);
        Assert.Equal(AgreementState.Returned, (await app.AgreementAsync(paper)).State);
        Assert.Equal(RegistrationState.Returned, (await app.RegistrationAsync(registration)).State);
        Assert.Equal(AgreementState.PendingDepartmentReview, (await app.AgreementAsync(online)).State);
    }
}
