using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows.Workspace;

/// <summary>
/// Keeps the QueueRows table equal to what the queue sources project (ADR 0019). The sources stay the
/// one definition of the queue; this copies their rows for the graduates a transition touched (a state
/// move, a touched record, a roster import or correction), inside that transition's transaction.
/// </summary>
public sealed class QueueProjection(IEnumerable<IQueueSource> sources) : IGraduateReadModel
{
    private QueueRefreshStatement? _refresh;

    /// <summary>Every source's rows, concatenated: what the table must hold.</summary>
    public IQueryable<QueueRow> Projected(WqDbContext db) => Projected(db, _ => true);

    /// <summary>
    /// Deletes the graduates' rows and inserts what the sources project for them, as one statement pair
    /// in the database. Every transition runs this, so it must cost little: the SQL is generated from the
    /// sources once per process (<see cref="QueueRefreshStatement"/>) instead of being translated, read
    /// back and written again row by row each time (issue 10's batch profile: ~1.5 ms of every decision).
    /// </summary>
    public Task RefreshAsync(WqDbContext db, IReadOnlyCollection<int> graduateIds, CancellationToken ct)
    {
        var refresh = _refresh ??= QueueRefreshStatement.Build(db, ids => Projected(db, r => EF.Parameter(ids).Contains(r.GraduateId)));
        return refresh.ExecuteAsync(db, graduateIds, ct);
    }

    /// <summary>Rewrites the whole table from the sources (data written around the transitions, e.g. by a benchmark's SQL).</summary>
    public async Task RebuildAsync(WqDbContext db, CancellationToken ct = default)
    {
        await db.QueueRows.ExecuteDeleteAsync(ct);
        foreach (var source in sources)
            foreach (var rows in (await source.Rows(db).ToListAsync(ct)).Chunk(5_000))
            {
                db.QueueRows.AddRange(rows);
                await db.SaveChangesAsync(ct);
                foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
            }
    }

    // Filtered per source, before the UNION ALL, so each part uses its table's graduate index.
    private IQueryable<QueueRow> Projected(WqDbContext db, System.Linq.Expressions.Expression<Func<QueueRow, bool>> which) =>
        sources.Select(s => s.Rows(db).Where(which)).Aggregate((all, next) => all.Concat(next));
}
