
namespace Wq.Blazor.Workflows.Review;

public sealed record ReviewOutcome(ReviewCommand Command, bool Ok, string? Error);

/// <summary>
/// Decisions at the review gates, whatever the workflow: each is its own transaction through the
/// handler of its kind. The queue itself is read by <see cref="Workspace.ReviewQueueQuery"/>.
/// </summary>
public sealed class ReviewQueueService(WorkflowRunner runner, IEnumerable<IReviewHandler> handlers)
{
    private readonly Dictionary<string, IReviewHandler> _handlers = handlers.ToDictionary(h => h.Kind);

    public IReadOnlyList<ReviewDecision> DecisionsFor(string kind) =>
        _handlers.TryGetValue(kind, out var h) ? h.Decisions : [];

    public async Task<OpResult<bool>> DecideAsync(ActorContext reviewer, ReviewCommand command)
    {
        if (ReviewerGate.LevelOf(reviewer) is null || !_handlers.TryGetValue(command.Kind, out var handler))
            return OpResult<bool>.Missing();
        if (ReviewerGate.CheckOpinion(command.Decision, command.Opinion) is { } problem) return OpResult<bool>.Fail(problem);
        return await runner.RunAsync(reviewer, scope => handler.DecideAsync(scope, command));
    }

    /// <summary>Each item is its own transaction; the outcome lists what succeeded and what was skipped and why.</summary>
    public async Task<IReadOnlyList<ReviewOutcome>> DecideManyAsync(ActorContext reviewer, IEnumerable<ReviewCommand> commands)
    {
        var outcomes = new List<ReviewOutcome>();
        foreach (var c in commands)
        {
            var r = await DecideAsync(reviewer, c);
            outcomes.Add(new ReviewOutcome(c, r.Ok, r.Error));
        }
        return outcomes;
    }
}
