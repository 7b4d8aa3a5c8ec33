using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Workflows.Workspace;

/// <summary>
/// One kind of gate item as rows of the reviewer workspace. Offline agreements, paper registrations
/// and destination registrations plug in as more sources; the query, export and batch code stay.
/// Decisions go through the kind's <see cref="IReviewHandler"/> (ReviewQueueService.DecideAsync).
/// </summary>
public interface IQueueSource
{
    string Kind { get; }

    /// <summary>
    /// Every item of the reviewer's scope that waits at a review gate, as SQL: a department reviewer
    /// gets their department's items at the department gate; a school reviewer gets both gates of the
    /// school (those at a department are shown read-only, marked with the gate).
    /// </summary>
    IQueryable<QueueRow> Rows(WqDbContext db, ActorContext reviewer);

    string StateLabel(int state);
}
