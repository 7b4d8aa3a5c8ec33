namespace Wq.Blazor.Workflows.Review;

/// <summary>
/// A workflow's review gate: the decisions it offers and how it applies them. Its rows in the
/// reviewer queue come from the matching <see cref="Workspace.IQueueSource"/>.
/// </summary>
public interface IReviewHandler
{
    string Kind { get; }

    /// <summary>The decisions this gate offers (online signing has no 退回修改).</summary>
    IReadOnlyList<ReviewDecision> Decisions { get; }

    /// <summary>Applies the decision inside the runner's transaction: load in scope, move, notify, publish.</summary>
    Task DecideAsync(TransitionScope scope, ReviewCommand command);
}
