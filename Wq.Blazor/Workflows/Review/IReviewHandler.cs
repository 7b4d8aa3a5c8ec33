using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows.Review;

/// <summary>
/// A workflow's review gate, plugged into the one reviewer queue. Offline signing, paper
/// registration and destination registration add their own handler; the queue does not change.
/// </summary>
public interface IReviewHandler
{
    string Kind { get; }

    /// <summary>The decisions this gate offers (online signing has no 退回修改).</summary>
    IReadOnlyList<ReviewDecision> Decisions { get; }

    /// <summary>Items waiting at the gate the actor staffs, newest last.</summary>
    Task<IReadOnlyList<ReviewItem>> PendingAsync(WqDbContext db, ActorContext reviewer, CancellationToken ct);

    /// <summary>Applies the decision inside the runner's transaction: load in scope, move, notify, publish.</summary>
    Task DecideAsync(TransitionScope scope, ReviewCommand command);
}
