using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Workflows.Workspace.Roster;

public sealed record RosterPreview(string? FileError, IReadOnlyList<RosterLineReport> Lines)
{
    public int Count(RosterLineStatus s) => Lines.Count(l => l.Status == s);
    public bool CanCommit => FileError is null && Lines.Count > 0 && Count(RosterLineStatus.Invalid) == 0;
}

/// <summary>
/// Roster import (生源信息导入) for school reviewers: a preview with a report per line, then a commit
/// that is all-or-nothing (one transaction, refused while any line is wrong) and idempotent (matched by
/// 学号: unchanged lines are left alone, changed lines update, new lines insert).
/// </summary>
public sealed class RosterImportService(IDbContextFactory<WqDbContext> dbFactory, WorkflowRunner runner, TimeProvider clock)
{
    public async Task<OpResult<RosterPreview>> PreviewAsync(ActorContext actor, string fileName, Stream content, CancellationToken ct = default)
    {
        if (!actor.IsSchoolReviewer) return OpResult<RosterPreview>.Missing();
        var (lines, error) = RosterFile.Read(fileName, content);
        if (error is not null) return OpResult<RosterPreview>.Of(new RosterPreview(error, []));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (reports, _) = await PlanAsync(db, actor.SchoolId!.Value, lines, ct);
        return OpResult<RosterPreview>.Of(new RosterPreview(null, reports));
    }

    /// <summary>Imports the file; the preview is computed again inside the transaction, so what is written is what was checked.</summary>
    public async Task<OpResult<RosterPreview>> CommitAsync(ActorContext actor, string fileName, Stream content)
    {
        if (!actor.IsSchoolReviewer) return OpResult<RosterPreview>.Missing();
        var (lines, error) = RosterFile.Read(fileName, content);
        if (error is not null) return OpResult<RosterPreview>.Fail(error);
        return await runner.RunAsync(actor, async scope =>
        {
            var schoolId = actor.SchoolId!.Value;
            // Each changed roster entry gets a new version and its own audit row, like any edit.
            var (reports, apply) = await PlanAsync(scope.Db, schoolId, lines, default,
                g => scope.Touch(g, AuditAction.ImportRoster, reason: Path.GetFileName(fileName)));
            var preview = new RosterPreview(null, reports);
            if (!preview.CanCommit)
                throw new WorkflowRefusal($"有 {preview.Count(RosterLineStatus.Invalid)} 行存在错误,未导入任何数据,请修改后重新上传");
            // Re-importing the same file writes nothing at all, not even an audit row.
            if (preview.Count(RosterLineStatus.New) + preview.Count(RosterLineStatus.Updated) == 0) return preview;
            apply();
            var summary = $"{Path.GetFileName(fileName)}:新增{preview.Count(RosterLineStatus.New)}人,更新{preview.Count(RosterLineStatus.Updated)}人,无变化{preview.Count(RosterLineStatus.Unchanged)}人";
            var school = new RecordRef(RecordKind.School, schoolId);
            scope.Audit(school, AuditAction.ImportRoster, reason: summary);
            scope.Publish(school, LiveUpdateBus.SchoolQueueTopic(schoolId));
            return preview;
        }, "学号或身份证号与已有生源信息重复,未导入任何数据");
    }

    /// <summary>The report per line, and the change to make if the caller decides to (tracked on <paramref name="db"/>).</summary>
    private async Task<(List<RosterLineReport>, Action)> PlanAsync(WqDbContext db, int schoolId, IReadOnlyList<RosterLine> lines,
        CancellationToken ct, Action<Domain.Model.Graduate>? touch = null)
    {
        var departments = await db.Departments.Where(d => d.SchoolId == schoolId).ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        var existing = await db.Graduates.Where(g => g.SchoolId == schoolId).ToListAsync(ct);
        var byNo = existing.ToDictionary(g => g.StudentNo);
        var byId = existing.GroupBy(g => g.IdNumber).ToDictionary(g => g.Key, g => g.First().StudentNo);
        var majors = existing.GroupBy(g => g.DepartmentId).ToDictionary(g => g.Key, g => g.Select(x => x.Major).ToHashSet());
        var today = DateOnly.FromDateTime(ChinaTime.ToChina(clock.GetUtcNow()).DateTime);
        var firstLineOfNo = lines.GroupBy(l => l["学号"]).ToDictionary(g => g.Key, g => g.First().Line);
        var firstLineOfId = lines.GroupBy(l => l["身份证号"].ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First().Line);

        var reports = new List<RosterLineReport>();
        var changes = new List<Action>();
        foreach (var l in lines)
        {
            var (entry, errors) = RosterValidation.Check(l, departments, majors, today);
            if (firstLineOfNo[l["学号"]] != l.Line) errors.Add($"学号与第 {firstLineOfNo[l["学号"]]} 行重复");
            if (firstLineOfId[l["身份证号"].ToUpperInvariant()] != l.Line) errors.Add($"身份证号与第 {firstLineOfId[l["身份证号"].ToUpperInvariant()]} 行重复");
            if (entry is not null && byId.TryGetValue(entry.IdNumber, out var owner) && owner != entry.StudentNo)
                errors.Add($"身份证号已被学号 {owner} 使用");
            var status = errors.Count > 0 ? RosterLineStatus.Invalid
                : !byNo.TryGetValue(entry!.StudentNo, out var g) ? RosterLineStatus.New
                : entry.SameAs(g) ? RosterLineStatus.Unchanged : RosterLineStatus.Updated;
            reports.Add(new RosterLineReport(l.Line, l["学号"], l["姓名"], status, errors));
            if (status == RosterLineStatus.New)
                changes.Add(() => { var n = new Domain.Model.Graduate { SchoolId = schoolId }; entry!.CopyTo(n); db.Graduates.Add(n); });
            else if (status == RosterLineStatus.Updated)
                changes.Add(() => { var old = byNo[entry!.StudentNo]; entry.CopyTo(old); touch?.Invoke(old); });
        }
        return (reports, () => changes.ForEach(c => c()));
    }
}
