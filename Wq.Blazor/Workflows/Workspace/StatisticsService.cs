using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Workflows.Workspace;

public sealed record StatCount(string Label, int Count);

/// <summary>One line of 毕业去向落实率: placed ÷ all graduates of the group.</summary>
public sealed record PlacementRow(string Name, int Graduates, int Placed)
{
    public double Rate => Graduates == 0 ? 0 : (double)Placed / Graduates;
    public string RateText => $"{Rate:P1}";
}

public sealed record Statistics(
    string ScopeName, IReadOnlyList<StatCount> AgreementStates, IReadOnlyList<StatCount> DestinationGroups, PlacementRow Overall,
    IReadOnlyList<PlacementRow> ByDepartment, IReadOnlyList<PlacementRow> ByMajor, IReadOnlyList<PlacementRow> ByLevel);

/// <summary>
/// The statistics page (SPEC §5, §8) for a school reviewer's school or a department reviewer's
/// department. A graduate's destination counts only when final: a signed agreement (code 10) or an
/// approved registration; 毕业去向落实率 = graduates placed in the first four groups ÷ all graduates.
/// </summary>
public sealed class StatisticsService(IDbContextFactory<WqDbContext> dbFactory)
{
    public async Task<Statistics?> ForAsync(ActorContext reviewer, CancellationToken ct = default)
    {
        if (ReviewerGate.LevelOf(reviewer) is null) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dept = reviewer.IsDepartmentReviewer ? reviewer.DepartmentId : null;
        var graduates = await db.Graduates.AsNoTracking().Where(g => g.SchoolId == reviewer.SchoolId && (dept == null || g.DepartmentId == dept))
            .Select(g => new { g.Id, Department = g.Department!.Name, g.Major, g.Level }).ToListAsync(ct);
        var agreements = db.Agreements.AsNoTracking().Visible(reviewer);
        var states = await agreements.GroupBy(a => new { a.State, a.Channel }).Select(g => new { g.Key.State, g.Key.Channel, Count = g.Count() })
            .ToListAsync(ct);
        var signed = (await agreements.Where(a => a.State == AgreementState.Signed).Select(a => a.GraduateId).ToListAsync(ct)).ToHashSet();
        var registered = await db.DestinationRegistrations.AsNoTracking()
            .Visible(reviewer).Where(r => r.State == RegistrationState.Approved)
            .Select(r => new { r.GraduateId, r.DestinationCode }).ToListAsync(ct);
        var groupOf = new Dictionary<int, DestinationGroup>();
        foreach (var r in registered)
            if (DestinationTypes.Find(r.DestinationCode) is { } type) groupOf[r.GraduateId] = type.Group;
        foreach (var id in signed) groupOf[id] = DestinationGroup.ContractEmployment; // code 10 签就业协议形式就业

        bool Placed(int id) => groupOf.TryGetValue(id, out var g) && g.IsPlaced();
        PlacementRow Row(string name, IEnumerable<int> ids)
        {
            var list = ids.ToList();
            return new PlacementRow(name, list.Count, list.Count(Placed));
        }

        var scopeName = dept is null
            ? await db.Schools.Where(s => s.Id == reviewer.SchoolId).Select(s => s.Name).FirstAsync(ct)
            : await db.Departments.Where(d => d.Id == dept).Select(d => d.Name).FirstAsync(ct);
        return new Statistics(
            scopeName,
            states.GroupBy(s => AgreementStates.Label(s.State, s.Channel)).Select(g => new StatCount(g.Key, g.Sum(x => x.Count)))
                .OrderByDescending(c => c.Count).ToList(),
            Enum.GetValues<DestinationGroup>().Select(g => new StatCount(g.Label(), groupOf.Count(x => x.Value == g)))
                .Append(new StatCount("未登记", graduates.Count(g => !groupOf.ContainsKey(g.Id)))).ToList(),
            Row("合计", graduates.Select(g => g.Id)),
            graduates.GroupBy(g => g.Department).OrderBy(g => g.Key).Select(g => Row(g.Key, g.Select(x => x.Id))).ToList(),
            graduates.GroupBy(g => g.Major).OrderBy(g => g.Key).Select(g => Row(g.Key, g.Select(x => x.Id))).ToList(),
            graduates.GroupBy(g => g.Level).OrderBy(g => g.Key).Select(g => Row(g.Key.Label(), g.Select(x => x.Id))).ToList());
    }
}
