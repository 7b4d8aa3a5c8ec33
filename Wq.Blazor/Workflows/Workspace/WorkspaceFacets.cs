using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Workflows.Workspace;

public sealed record DepartmentOption(int Id, string Name);

/// <summary>What the filter bar offers a reviewer: the departments and majors of their scope, and the school's review mode.</summary>
public sealed record WorkspaceFacets(IReadOnlyList<DepartmentOption> Departments, IReadOnlyList<string> Majors, ReviewMode Mode)
{
    public static readonly WorkspaceFacets None = new([], [], ReviewMode.TwoLevel);
}

public sealed class WorkspaceFacetsQuery(IDbContextFactory<WqDbContext> dbFactory)
{
    public async Task<WorkspaceFacets> ForAsync(ActorContext reviewer, CancellationToken ct = default)
    {
        if (ReviewerGate.LevelOf(reviewer) is null) return WorkspaceFacets.None;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var depts = db.Departments.AsNoTracking().Where(d => d.SchoolId == reviewer.SchoolId);
        if (reviewer.IsDepartmentReviewer) depts = depts.Where(d => d.Id == reviewer.DepartmentId);
        var departments = await depts.OrderBy(d => d.Id).Select(d => new DepartmentOption(d.Id, d.Name)).ToListAsync(ct);
        var ids = departments.Select(d => d.Id).ToList();
        // By school first: the (school, major) index lists the distinct majors without reading every graduate.
        var majors = await db.Graduates.AsNoTracking().Where(g => g.SchoolId == reviewer.SchoolId && ids.Contains(g.DepartmentId))
            .Select(g => g.Major).Distinct().OrderBy(m => m).ToListAsync(ct);
        var mode = await ReviewModes.OfSchoolAsync(db, reviewer.SchoolId!.Value); // a reviewer always belongs to a school
        return new WorkspaceFacets(departments, majors, mode);
    }
}
