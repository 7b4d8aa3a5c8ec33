using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Workflows.Workspace;

/// <summary>
/// One kind of gate item as rows of the reviewer workspace. Offline agreements, paper registrations
/// and destination registrations plug in as more sources; the query, export and batch code stay.
/// Decisions go through the kind's <see cref="IReviewHandler"/> (ReviewQueueService.DecideAsync).
/// The sources define the queue; <see cref="QueueProjection"/> stores what they project (ADR 0019).
/// </summary>
public interface IQueueSource
{
    string Kind { get; }

    /// <summary>
    /// Every record of this kind that waits at a review gate, at either level and in every school, as
    /// SQL. The reviewer's scope is applied to the stored rows (<see cref="ReviewQueueQuery"/>): a
    /// department reviewer gets their department's items at the department gate, a school reviewer
    /// both gates of the school (those at a department read-only, marked with the gate).
    /// </summary>
    IQueryable<QueueRow> Rows(WqDbContext db);

    string StateLabel(int state);
}
