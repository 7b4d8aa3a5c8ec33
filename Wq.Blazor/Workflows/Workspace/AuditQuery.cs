using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows.Workspace;

/// <summary>Filters of the audit list. Null means "any"; dates are China dates.</summary>
public sealed record AuditFilter(string? RecordType = null, string? RecordId = null, string? Actor = null, string? Action = null,
    DateOnly? From = null, DateOnly? To = null);

public sealed record AuditPage(IReadOnlyList<AuditEvent> Items, int Total);

/// <summary>The platform admin's list of audit events, newest first, paged in SQL (issue 10 §8).</summary>
public sealed class AuditQuery(IDbContextFactory<WqDbContext> dbFactory)
{
    public async Task<AuditPage> PageAsync(ActorContext actor, AuditFilter f, int page, int pageSize, CancellationToken ct = default)
    {
        if (!actor.IsAdmin) return new AuditPage([], 0);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var q = db.AuditEvents.AsNoTracking();
        if (Text(f.RecordType) is { } type) q = q.Where(e => e.RecordType == type);
        if (Text(f.RecordId) is { } id) q = q.Where(e => e.RecordId == id);
        if (Text(f.Actor) is { } who) q = q.Where(e => e.ActorName.Contains(who) || e.ActorUserId == who);
        if (Text(f.Action) is { } action) q = q.Where(e => e.Action == action);
        if (f.From is { } from) { var t = Day(from); q = q.Where(e => e.At >= t); }
        if (f.To is { } to) { var t = Day(to.AddDays(1)); q = q.Where(e => e.At < t); }
        var total = await q.CountAsync(ct);
        var size = Math.Clamp(pageSize, 1, 100);
        var items = await q.OrderByDescending(e => e.Id).Skip(Math.Max(0, page) * size).Take(size).ToListAsync(ct);
        return new AuditPage(items, total);
    }

    /// <summary>The record types and actions that occur, for the filter's drop-downs.</summary>
    public async Task<(IReadOnlyList<string> RecordTypes, IReadOnlyList<string> Actions)> FacetsAsync(ActorContext actor, CancellationToken ct = default)
    {
        if (!actor.IsAdmin) return ([], []);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await db.AuditEvents.Select(e => e.RecordType).Distinct().OrderBy(x => x).ToListAsync(ct),
            await db.AuditEvents.Select(e => e.Action).Distinct().OrderBy(x => x).ToListAsync(ct));
    }

    private static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static DateTimeOffset Day(DateOnly d) => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();
}
