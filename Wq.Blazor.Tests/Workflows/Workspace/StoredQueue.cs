using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Workspace;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>The stored queue (QueueRows, ADR 0019) compared with its definition, the queue sources.</summary>
internal static class StoredQueue
{
    /// <summary>Every stored row equals a row the sources project now, and none is missing or extra.</summary>
    public static async Task AssertMatchesSourcesAsync(SigningApp app, string because = "")
    {
        await using var db = await app.DbAsync();
        var projected = Text(await app.Get<QueueProjection>().Projected(db).ToListAsync());
        var stored = Text(await db.QueueRows.AsNoTracking().ToListAsync());
        Assert.True(projected.SequenceEqual(stored),
            $"{because}: stored queue differs from the sources\n  missing: {string.Join("; ", projected.Except(stored))}\n  extra:   {string.Join("; ", stored.Except(projected))}");
        // The keyword index agrees with the rows it indexes (FTS5 raises SQLITE_CORRUPT_VTAB if not).
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "QueueSearch" ("QueueSearch", rank) VALUES ('integrity-check', 1)""");
    }

    /// <summary>Every column of each row, sorted, so two lists compare as text.</summary>
    public static List<string> Text(IEnumerable<QueueRow> rows) => rows
        .Select(r => string.Join("|", r.Kind, r.Id, r.Version, r.GraduateId, r.SchoolId, r.GraduateName, r.StudentNo, r.DepartmentId,
            r.DepartmentName, r.Major, r.Level, r.Counterparty, r.State, r.Gate, r.SubmittedAt.UtcTicks, r.Summary))
        .Order(StringComparer.Ordinal).ToList();
}
