using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Workspace;
using static Wq.Blazor.Tests.Workflows.Workspace.WorkspaceScenarios;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>Batch 通过 / 退回修改 / 不通过: one transaction per item, skips with reasons, replays change nothing.</summary>
public class BatchReviewTests(SigningApp app) : IClassFixture<SigningApp>
{
    private BatchReviewService Batch => app.Get<BatchReviewService>();

    [Fact]
    public async Task A_batch_approves_each_item_and_replaying_it_changes_nothing()
    {
        var school = await SchoolAsync(app);
        var ids = await PendingAsync(app, school, 3);
        var items = await AllAsync(app, school.DepartmentReviewer);
        var progress = new List<BatchProgress>();

        var first = await Batch.DecideAsync(school.DepartmentReviewer, items, ReviewDecision.Approve, "材料齐全", new SyncProgress(progress.Add));
        Assert.True(first.Ok, first.Error);
        Assert.Equal(ids.Order(), first.Value!.Succeeded.Select(i => i.Id).Order());
        Assert.Empty(first.Value.Skipped);
        Assert.Equal([1, 2, 3], progress.Select(p => p.Done));
        foreach (var id in ids) Assert.Equal(AgreementState.PendingSchoolReview, (await app.AgreementAsync(id)).State);

        var before = await app.WorldAsync(ids[0]);
        var replay = await Batch.DecideAsync(school.DepartmentReviewer, items, ReviewDecision.Approve, "材料齐全");
        Assert.Empty(replay.Value!.Succeeded);
        Assert.Equal(3, replay.Value.Skipped.Count);
        Assert.All(replay.Value.Skipped, s => Assert.Contains("已被他人处理", s.Reason));
        Assert.Equal(before, await app.WorldAsync(ids[0]));
    }

    [Fact]
    public async Task An_item_handled_elsewhere_meanwhile_is_skipped_with_the_reason_and_the_rest_succeed()
    {
        var school = await SchoolAsync(app);
        var ids = await PendingAsync(app, school, 3);
        var items = await AllAsync(app, school.DepartmentReviewer);
        await app.DecideAsync(school.DepartmentReviewer, ids[1], ReviewDecision.Fail, "岗位信息不实");

        var r = (await Batch.DecideAsync(school.DepartmentReviewer, items, ReviewDecision.Approve, null)).Value!;
        Assert.Equal(2, r.Succeeded.Count);
        var skip = Assert.Single(r.Skipped);
        Assert.Equal(ids[1], skip.Item.Id);
        Assert.Contains("已被他人处理", skip.Reason);
        Assert.Equal(AgreementState.ReviewFailed, (await app.AgreementAsync(ids[1])).State);
    }

    [Fact]
    public async Task Refusals_before_any_write_unsupported_decisions_and_read_only_gates_are_explained()
    {
        var school = await SchoolAsync(app);
        var ids = await PendingAsync(app, school, 2);
        var before = await app.WorldAsync(ids[0]);

        var noReason = await Batch.DecideAsync(school.DepartmentReviewer, await AllAsync(app, school.DepartmentReviewer), ReviewDecision.Fail, " ");
        Assert.Equal("审核不通过时请填写原因", noReason.Error);
        var ret = (await Batch.DecideAsync(school.DepartmentReviewer, await AllAsync(app, school.DepartmentReviewer), ReviewDecision.Return, "请补充")).Value!;
        Assert.All(ret.Skipped, s => Assert.Equal("线上签约不支持“退回修改”", s.Reason));
        var atDept = (await Batch.DecideAsync(school.SchoolReviewer, await AllAsync(app, school.SchoolReviewer), ReviewDecision.Approve, null)).Value!;
        Assert.Equal(2, atDept.Skipped.Count);
        Assert.All(atDept.Skipped, s => Assert.Equal("该事项等待院系审核,学校审核员只能查看", s.Reason));
        Assert.Equal(before, await app.WorldAsync(ids[0]));
    }

    [Fact]
    public async Task All_matching_runs_only_when_the_confirmed_count_is_still_right()
    {
        var school = await SchoolAsync(app);
        var ids = await PendingAsync(app, school, 3);
        var filter = new QueueFilter { Keyword = "测试" };
        var before = await app.WorldAsync(ids[0]);

        var stale = await Batch.DecideAllMatchingAsync(school.DepartmentReviewer, filter, 2, ReviewDecision.Approve, null);
        Assert.Equal(string.Format(BatchReviewService.CountChanged, 3), stale.Error);
        Assert.Equal(before, await app.WorldAsync(ids[0]));

        var r = await Batch.DecideAllMatchingAsync(school.DepartmentReviewer, filter, 3, ReviewDecision.Approve, null);
        Assert.Equal(3, r.Value!.Succeeded.Count);
        Assert.Empty(await AllAsync(app, school.DepartmentReviewer));
        Assert.Equal(3, (await AllAsync(app, school.SchoolReviewer, new QueueFilter { ActionableOnly = true })).Count);
    }

    [Fact]
    public async Task Thirty_two_parallel_batches_over_overlapping_items_decide_each_item_exactly_once()
    {
        var school = await SchoolAsync(app);
        var ids = await PendingAsync(app, school, 8);
        var items = await AllAsync(app, school.DepartmentReviewer);
        using var gate = new Barrier(32);
        // Each batch takes a different window of 4 consecutive items: every item is in several batches.
        var tasks = Enumerable.Range(0, 32).Select(n => Task.Run(async () =>
        {
            var mine = Enumerable.Range(0, 4).Select(k => items[(n + k) % items.Count]).ToList();
            gate.SignalAndWait();
            return (await Batch.DecideAsync(school.DepartmentReviewer, mine, ReviewDecision.Approve, null)).Value!;
        })).ToList();
        var results = await Task.WhenAll(tasks);

        Assert.Equal(ids.Order(), results.SelectMany(r => r.Succeeded).Select(i => i.Id).Order());
        Assert.Equal(32 * 4 - ids.Count, results.Sum(r => r.Skipped.Count));
        await using var db = await app.DbAsync();
        var keys = ids.Select(i => i.ToString()).ToList();
        var approvals = await db.AuditEvents.Where(e => e.RecordType == "Agreement" && keys.Contains(e.RecordId) && e.Action == "Approve")
            .GroupBy(e => e.RecordId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(Enumerable.Repeat(1, ids.Count), approvals);
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test wants the reports in order, now.</summary>
    private sealed class SyncProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
