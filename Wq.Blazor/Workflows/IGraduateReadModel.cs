using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows;

/// <summary>
/// A table derived from graduates' records and roster entries, kept in step inside the transaction
/// that changes them: once a unit of work is saved, <see cref="WorkflowRunner"/> asks each read model
/// to rewrite the rows of the graduates its <see cref="TransitionScope"/> touched, before the commit,
/// so the copy can never disagree with the records it was made from (ADR 0019).
/// </summary>
public interface IGraduateReadModel
{
    Task RefreshAsync(WqDbContext db, IReadOnlyCollection<int> graduateIds, CancellationToken ct);
}
