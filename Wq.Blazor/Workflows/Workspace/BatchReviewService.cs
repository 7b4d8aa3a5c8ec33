using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Workflows.Workspace;

public sealed record BatchSkip(QueueItem Item, string Reason);

public sealed record BatchResult(IReadOnlyList<QueueItem> Succeeded, IReadOnlyList<BatchSkip> Skipped)
{
    public static readonly BatchResult Empty = new([], []);
}

/// <summary>Progress of a running batch: how many items are done out of how many.</summary>
public readonly record struct BatchProgress(int Done, int Total);

/// <summary>
/// Batch 通过 / 退回修改 / 不通过 with one opinion. Each item is its own transaction through
/// <see cref="ReviewQueueService.DecideAsync"/> with the version the reviewer saw, so an item handled
/// elsewhere meanwhile is skipped with the reason, and replaying the same batch changes nothing.
/// </summary>
public sealed class BatchReviewService(ReviewQueueService queue, ReviewQueueQuery query)
{
    public const string CountChanged = "符合条件的事项数量已变化(现为 {0} 项),请重新确认";

    public async Task<OpResult<BatchResult>> DecideAsync(ActorContext reviewer, IReadOnlyList<QueueItem> items,
        ReviewDecision decision, string? opinion, IProgress<BatchProgress>? progress = null, CancellationToken ct = default)
    {
        if (ReviewerGate.LevelOf(reviewer) is null) return OpResult<BatchResult>.Missing();
        if (ReviewerGate.CheckOpinion(decision, opinion) is { } problem) return OpResult<BatchResult>.Fail(problem);
        if (items.Count == 0) return OpResult<BatchResult>.Fail("请先选择要审核的事项");
        var ok = new List<QueueItem>();
        var skipped = new List<BatchSkip>();
        var done = 0;
        // Distinct: the same item selected twice (e.g. on two reloads) is decided once.
        foreach (var item in items.DistinctBy(i => i.Key))
        {
            ct.ThrowIfCancellationRequested();
            if (SkipReason(item, decision) is { } reason) skipped.Add(new BatchSkip(item, reason));
            else
            {
                var r = await queue.DecideAsync(reviewer, new ReviewCommand(item.Kind, item.Id, decision, opinion, item.Version));
                if (r.Ok) ok.Add(item);
                else skipped.Add(new BatchSkip(item, r.NotFound ? "不在你的审核范围内或已不存在" : r.Error ?? "未知原因"));
            }
            progress?.Report(new BatchProgress(++done, items.Count));
        }
        return OpResult<BatchResult>.Of(new BatchResult(ok, skipped));
    }

    /// <summary>
    /// "All N matching this filter" as one server-side command: the reviewer confirmed N, and if the
    /// count is no longer N nothing is decided (they must look again).
    /// </summary>
    public async Task<OpResult<BatchResult>> DecideAllMatchingAsync(ActorContext reviewer, QueueFilter filter, int confirmedCount,
        ReviewDecision decision, string? opinion, IProgress<BatchProgress>? progress = null, CancellationToken ct = default)
    {
        if (ReviewerGate.LevelOf(reviewer) is null) return OpResult<BatchResult>.Missing();
        var actionable = filter with { ActionableOnly = true };
        var items = new List<QueueItem>();
        await foreach (var i in query.StreamAsync(reviewer, actionable, ct: ct)) items.Add(i);
        if (items.Count != confirmedCount) return OpResult<BatchResult>.Fail(string.Format(CountChanged, items.Count));
        return await DecideAsync(reviewer, items, decision, opinion, progress, ct);
    }

    // Actionable was computed by the query (own gate, or a department gate the school stands in for);
    // the handler re-checks it in the transaction, so a stale flag only changes the reason given.
    private string? SkipReason(QueueItem item, ReviewDecision decision)
    {
        if (!item.Actionable)
            return item.Gate == ReviewLevel.Department ? "该事项等待院系审核,学校审核员只能查看" : "该事项不在你的审核环节";
        if (!queue.DecisionsFor(item.Kind).Contains(decision))
            return $"{ReviewKinds.Label(item.Kind)}不支持“{decision.Label()}”";
        return null;
    }
}
