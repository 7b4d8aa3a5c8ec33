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
    // SQLite allows 32,766 parameters, but EF sends a list as one JSON parameter anyway; chunks keep each statement small.
    private const int GraduatesPerStatement = 500;

    /// <summary>Every source's rows, concatenated: what the table must hold.</summary>
    public IQueryable<QueueRow> Projected(WqDbContext db) => Projected(db, _ => true);

    public async Task RefreshAsync(WqDbContext db, IReadOnlyCollection<int> graduateIds, CancellationToken ct)
    {
        foreach (var chunk in graduateIds.Chunk(GraduatesPerStatement))
        {
            await db.QueueRows.Where(r => chunk.Contains(r.GraduateId)).ExecuteDeleteAsync(ct);
            var rows = await Projected(db, r => chunk.Contains(r.GraduateId)).ToListAsync(ct);
            await AddAsync(db, rows, ct);
        }
    }

    /// <summary>Rewrites the whole table from the sources (data written around the transitions, e.g. by a benchmark's SQL).</summary>
    public async Task RebuildAsync(WqDbContext db, CancellationToken ct = default)
    {
        await db.QueueRows.ExecuteDeleteAsync(ct);
        foreach (var source in sources)
            foreach (var rows in (await source.Rows(db).ToListAsync(ct)).Chunk(5_000))
                await AddAsync(db, rows, ct);
    }

    // Filtered per source, before the UNION ALL, so each part uses its table's graduate index.
    private IQueryable<QueueRow> Projected(WqDbContext db, System.Linq.Expressions.Expression<Func<QueueRow, bool>> which) =>
        sources.Select(s => s.Rows(db).Where(which)).Aggregate((all, next) => all.Concat(next));

    private static async Task AddAsync(WqDbContext db, IReadOnlyCollection<QueueRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        db.QueueRows.AddRange(rows);
        await db.SaveChangesAsync(ct);
        // Forgotten once written: a later refresh in this context may write the same keys again.
        foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
    }
}
