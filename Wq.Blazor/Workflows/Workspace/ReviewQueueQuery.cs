using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Workflows.Workspace;

/// <summary>
/// The reviewer workspace's reads: the stored queue (QueueRows, what the sources project, kept by the
/// transitions: ADR 0019) scoped to the reviewer, then filtered, sorted and paged by the database along
/// one index, so a page costs about the same with 100 items or 100,000.
/// </summary>
public sealed class ReviewQueueQuery(IDbContextFactory<WqDbContext> dbFactory, IEnumerable<IQueueSource> sources, TimeProvider clock)
{
    private readonly Dictionary<string, IQueueSource> _sources = sources.ToDictionary(s => s.Kind);

    public IReadOnlyCollection<string> Kinds => _sources.Keys;

    public async Task<QueuePage> PageAsync(ActorContext reviewer, QueuePageRequest request, CancellationToken ct = default)
    {
        if (ReviewerGate.LevelOf(reviewer) is null) return new QueuePage([], 0);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var gates = await GatesAsync(db, reviewer, ct);
        var q = Filtered(db, reviewer, request.Filter, gates);
        var total = await q.CountAsync(ct);
        var size = Math.Clamp(request.PageSize, 1, QueuePageRequest.MaxPageSize);
        var rows = await Sorted(q, request.Sort, request.Descending).Skip(Math.Max(0, request.Page) * size).Take(size).ToListAsync(ct);
        return new QueuePage(rows.Select(r => ToItem(r, gates)).ToList(), total);
    }

    /// <summary>Counts per kind under the same filter, the kind filter aside (for the tabs).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsByKindAsync(ActorContext reviewer, QueueFilter filter, CancellationToken ct = default)
    {
        var counts = _sources.Keys.ToDictionary(k => k, _ => 0);
        if (ReviewerGate.LevelOf(reviewer) is null) return counts;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var gates = await GatesAsync(db, reviewer, ct);
        // One pass for every tab, not one count per kind.
        var perKind = await Filtered(db, reviewer, filter with { Kind = null }, gates)
            .GroupBy(r => r.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);
        foreach (var k in perKind.Where(k => counts.ContainsKey(k.Kind))) counts[k.Kind] = k.Count;
        return counts;
    }

    /// <summary>Every matching item, in queue order, read as a stream (export, "all matching" batches).</summary>
    public async IAsyncEnumerable<QueueItem> StreamAsync(ActorContext reviewer, QueueFilter filter,
        QueueSort sort = QueueSort.SubmittedAt, bool descending = false, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (ReviewerGate.LevelOf(reviewer) is null) yield break;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var gates = await GatesAsync(db, reviewer, ct);
        await foreach (var r in Sorted(Filtered(db, reviewer, filter, gates), sort, descending).AsAsyncEnumerable().WithCancellation(ct))
            yield return ToItem(r, gates);
    }

    public async Task<int> CountAsync(ActorContext reviewer, QueueFilter filter, CancellationToken ct = default)
    {
        if (ReviewerGate.LevelOf(reviewer) is null) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Filtered(db, reviewer, filter, await GatesAsync(db, reviewer, ct)).CountAsync(ct);
    }

    private static IQueryable<QueueRow> Filtered(WqDbContext db, ActorContext reviewer, QueueFilter f, ActingGates gates)
    {
        // The one scope rule (RecordScope) picks the school's or the department's rows; a department
        // reviewer's gate is the department one, a school reviewer sees both (ADR 0016).
        var q = Candidates(db, f.Keyword?.Trim()).AsNoTracking().Visible(reviewer);
        if (reviewer.IsDepartmentReviewer) q = q.Where(r => r.Gate == ReviewLevel.Department);
        if (f.Kind is { } kind) q = q.Where(r => r.Kind == kind);
        if (f.ActionableOnly) q = q.Where(gates.Actionable);
        if (f.Gate is { } gate) q = q.Where(r => r.Gate == gate);
        if (f.DepartmentId is { } dept) q = q.Where(r => r.DepartmentId == dept);
        if (!string.IsNullOrWhiteSpace(f.Major)) { var major = f.Major.Trim(); q = q.Where(r => r.Major == major); }
        if (f.Level is { } edu) q = q.Where(r => r.Level == edu);
        if (f.SubmittedFrom is { } from) { var t = StartOfChinaDay(from); q = q.Where(r => r.SubmittedAt >= t); }
        if (f.SubmittedTo is { } to) { var t = StartOfChinaDay(to.AddDays(1)); q = q.Where(r => r.SubmittedAt < t); }
        if (!string.IsNullOrWhiteSpace(f.Keyword))
        {
            var k = f.Keyword.Trim();
            q = q.Where(r => r.GraduateName.Contains(k) || r.StudentNo.Contains(k) || r.Counterparty.Contains(k));
        }
        return q;
    }

    /// <summary>
    /// The rows a keyword can match: with 3 or more characters, those the trigram index (QueueSearch) finds,
    /// which are the substrings instr() finds; 1–2 characters have no trigram, so every row (and a scan).
    /// The substring filter in <see cref="Filtered"/> applies either way, so the index only narrows.
    /// </summary>
    private static IQueryable<QueueRow> Candidates(WqDbContext db, string? keyword)
    {
        if (string.IsNullOrEmpty(keyword) || keyword.EnumerateRunes().Count() < 3) return db.QueueRows;
        var phrase = "\"" + keyword.Replace("\"", "\"\"") + "\""; // one FTS5 string: the keyword's characters, nothing else
        return db.QueueRows.FromSql(
            $"""SELECT * FROM "QueueRows" WHERE "RowId" IN (SELECT rowid FROM "QueueSearch" WHERE "QueueSearch" MATCH {phrase})""");
    }

    // Kind and Id break ties so paging is stable: no row shows on two pages or on none.
    private static IQueryable<QueueRow> Sorted(IQueryable<QueueRow> q, QueueSort sort, bool desc)
    {
        IOrderedQueryable<QueueRow> o = sort switch
        {
            QueueSort.GraduateName => desc ? q.OrderByDescending(r => r.GraduateName) : q.OrderBy(r => r.GraduateName),
            QueueSort.StudentNo => desc ? q.OrderByDescending(r => r.StudentNo) : q.OrderBy(r => r.StudentNo),
            QueueSort.Department => desc ? q.OrderByDescending(r => r.DepartmentName) : q.OrderBy(r => r.DepartmentName),
            QueueSort.Counterparty => desc ? q.OrderByDescending(r => r.Counterparty) : q.OrderBy(r => r.Counterparty),
            QueueSort.Kind => desc ? q.OrderByDescending(r => r.Kind) : q.OrderBy(r => r.Kind),
            _ => desc ? q.OrderByDescending(r => r.SubmittedAt) : q.OrderBy(r => r.SubmittedAt),
        };
        // Sorted by kind already: the id alone breaks ties (a repeated kind term would keep SQLite off the index).
        return sort == QueueSort.Kind ? o.ThenBy(r => r.Id) : o.ThenBy(r => r.Kind).ThenBy(r => r.Id);
    }

    private QueueItem ToItem(QueueRow r, ActingGates gates) => new(
        r.Kind, r.Id, r.Version, r.GraduateId, r.GraduateName, r.StudentNo, r.DepartmentName, r.Major, r.Level.Label(), r.Counterparty,
        _sources[r.Kind].StateLabel(r.State), r.Gate, r.SubmittedAt, r.Summary, gates.CanAct(r));

    /// <summary>
    /// Where the reviewer may act: their own gate, and for a school reviewer the department gates of
    /// departments without an active reviewer (<see cref="ReviewerGate.UnstaffedDepartments"/>); the rest is read-only.
    /// </summary>
    private async Task<ActingGates> GatesAsync(WqDbContext db, ActorContext reviewer, CancellationToken ct) =>
        new(ReviewerGate.LevelOf(reviewer)!.Value, reviewer.IsSchoolReviewer
            ? await ReviewerGate.UnstaffedDepartments(db, reviewer.SchoolId!.Value, clock.GetUtcNow()).ToListAsync(ct)
            : []);

    private sealed record ActingGates(ReviewLevel Own, List<int> StandInDepartments)
    {
        /// <summary>The rule as SQL (the "可审核" filter); <see cref="CanAct"/> is the same rule on a row already read.</summary>
        public Expression<Func<QueueRow, bool>> Actionable
        {
            get
            {
                var (own, standIn) = (Own, StandInDepartments);
                return r => r.Gate == own || (r.Gate == ReviewLevel.Department && standIn.Contains(r.DepartmentId));
            }
        }

        private Func<QueueRow, bool>? _canAct;

        // Interpreted, not compiled to IL: this is built for every page a queue loads (each live reload of
        // every open workspace), and each IL-compiled lambda is a DynamicMethod the finalizer thread must
        // later destroy — a batch of 500 with four workspaces open spent ~9 s of CPU there.
        public bool CanAct(QueueRow row) => (_canAct ??= Actionable.Compile(preferInterpretation: true))(row);
    }

    private static DateTimeOffset StartOfChinaDay(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();
}
