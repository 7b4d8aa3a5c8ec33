using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Workflows.Accounts;

/// <summary>A graduate's roster data as shown to them: 身份证号 and 手机号 masked.</summary>
public sealed record GraduateProfile(
    int Id, string StudentNo, string Name, Gender Gender, string MaskedIdNumber, string SchoolName, string DepartmentName,
    string Major, EducationLevel Level, int GraduationYear, string MaskedPhone, string? Email, string Origin,
    DateTimeOffset? ConfirmedAt, bool HasOpenCorrection);

public sealed record CorrectionItem(
    long Id, int GraduateId, string GraduateName, string StudentNo, string DepartmentName, string Description,
    DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt, string? Resolution);

/// <summary>确认基本信息 (guide §2) and the school's handling of 更正 requests.</summary>
public sealed class ProfileService(IDbContextFactory<WqDbContext> dbFactory, WorkflowRunner runner)
{
    public async Task<GraduateProfile?> GetOwnAsync(ActorContext actor)
    {
        if (!actor.IsGraduate) return null;
        await using var db = await dbFactory.CreateDbContextAsync();
        var g = await db.Graduates.AsNoTracking().Include(x => x.School).Include(x => x.Department)
            .FirstOrDefaultAsync(x => x.Id == actor.GraduateId && x.UserId == actor.UserId);
        if (g is null) return null;
        var open = await db.CorrectionRequests.AnyAsync(c => c.GraduateId == g.Id && c.ResolvedAt == null);
        return new GraduateProfile(g.Id, g.StudentNo, g.Name, g.Gender, Masking.MaskIdNumber(g.IdNumber)!, g.School!.Name,
            g.Department!.Name, g.Major, g.Level, g.GraduationYear, Masking.MaskPhone(g.Phone)!, g.Email, g.Origin,
            g.InfoConfirmedAt, open);
    }

    public async Task<bool> IsConfirmedAsync(ActorContext actor)
    {
        if (!actor.IsGraduate) return false;
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Graduates.AnyAsync(g => g.Id == actor.GraduateId && g.UserId == actor.UserId && g.InfoConfirmedAt != null);
    }

    /// <summary>「信息确认无误,进入系统」.</summary>
    public Task<OpResult<bool>> ConfirmAsync(ActorContext actor) => runner.RunAsync(actor, async scope =>
    {
        var g = await scope.OwnGraduateAsync();
        if (g.InfoConfirmedAt is not null) return;
        g.InfoConfirmedAt = scope.Now;
        scope.Touch(g, AuditAction.ConfirmInfo, "Unconfirmed", "Confirmed");
    });

    /// <summary>「信息有误,申请更正」: goes to the school's reviewers.</summary>
    public Task<OpResult<bool>> RequestCorrectionAsync(ActorContext actor, string description) => runner.RunAsync(actor, async scope =>
    {
        var text = description?.Trim() ?? "";
        if (text.Length == 0) throw new WorkflowRefusal("请说明哪些信息有误以及正确的信息");
        if (text.Length > 1000) throw new WorkflowRefusal("说明不能超过1000字");
        var g = await scope.OwnGraduateAsync();
        if (await scope.Db.CorrectionRequests.AnyAsync(c => c.GraduateId == g.Id && c.ResolvedAt == null))
            throw new WorkflowRefusal("你已有一条更正申请正在处理中,请等待学校就业部门处理");
        var request = new CorrectionRequest { GraduateId = g.Id, Description = text, CreatedAt = scope.Now };
        scope.Db.CorrectionRequests.Add(request);
        await scope.Db.SaveChangesAsync();
        var reference = new RecordRef(RecordKind.CorrectionRequest, request.Id);
        scope.Audit(reference, AuditAction.RequestCorrection, null, "Open", text);
        // Data minimisation (issue 11 item 12): the school's reviewers, who handle it, and the
        // graduate's own department, which sees it in its list; not other departments' staff.
        var schoolReviewers = await ReviewersAsync(scope, g.SchoolId, Roles.SchoolReviewer, null);
        var departmentReviewers = await ReviewersAsync(scope, g.SchoolId, Roles.DepartmentReviewer, g.DepartmentId);
        scope.Notify(departmentReviewers, Roles.DepartmentReviewer, "新的信息更正申请", $"{g.Name}({g.StudentNo})申请更正基本信息", reference);
        scope.Notify(schoolReviewers, Roles.SchoolReviewer, "新的信息更正申请", $"{g.Name}({g.StudentNo})申请更正基本信息", reference);
        scope.Publish(reference, LiveUpdateBus.SchoolQueueTopic(g.SchoolId));
    });

    private static Task<List<string>> ReviewersAsync(TransitionScope scope, int schoolId, string role, int? departmentId)
    {
        var normalized = role.ToUpperInvariant();
        var users = from u in scope.Db.Users
                    join ur in scope.Db.UserRoles on u.Id equals ur.UserId
                    join r in scope.Db.Roles on ur.RoleId equals r.Id
                    where u.SchoolId == schoolId && r.NormalizedName == normalized
                    select u;
        if (departmentId is not null) users = users.Where(u => u.DepartmentId == departmentId);
        return users.Select(u => u.Id).ToListAsync();
    }

    public async Task<IReadOnlyList<CorrectionItem>> ListCorrectionsAsync(ActorContext actor, bool openOnly = true)
    {
        if (!actor.IsSchoolReviewer && !actor.IsDepartmentReviewer) return [];
        await using var db = await dbFactory.CreateDbContextAsync();
        var q = db.CorrectionRequests.AsNoTracking().Where(c => c.Graduate!.SchoolId == actor.SchoolId);
        if (actor.IsDepartmentReviewer) q = q.Where(c => c.Graduate!.DepartmentId == actor.DepartmentId);
        if (openOnly) q = q.Where(c => c.ResolvedAt == null);
        return await q.OrderByDescending(c => c.CreatedAt)
            .Select(c => new CorrectionItem(c.Id, c.GraduateId, c.Graduate!.Name, c.Graduate.StudentNo, c.Graduate.Department!.Name,
                c.Description, c.CreatedAt, c.ResolvedAt, c.Resolution))
            .ToListAsync();
    }

    /// <summary>The school fixes the roster entry (only the fields given) and closes the request.</summary>
    public Task<OpResult<bool>> ResolveCorrectionAsync(ActorContext actor, long requestId, RosterFix fix, string resolution) =>
        runner.RunAsync(actor, async scope =>
        {
            if (!actor.IsSchoolReviewer) throw WorkflowRefusal.Missing();
            var request = await scope.Db.CorrectionRequests.Include(c => c.Graduate)
                .FirstOrDefaultAsync(c => c.Id == requestId && c.Graduate!.SchoolId == actor.SchoolId) ?? throw WorkflowRefusal.Missing();
            if (!request.IsOpen) throw new WorkflowRefusal("该更正申请已处理");
            if (string.IsNullOrWhiteSpace(resolution)) throw new WorkflowRefusal("请填写处理说明");
            var g = request.Graduate!;
            var changes = fix.ApplyTo(g);
            g.InfoConfirmedAt = null; // the graduate confirms the corrected data again
            request.ResolvedAt = scope.Now;
            request.ResolvedByUserId = actor.UserId;
            request.Resolution = resolution.Trim();
            var reference = new RecordRef(RecordKind.CorrectionRequest, request.Id);
            scope.Audit(reference, AuditAction.ResolveCorrection, "Open", "Resolved", resolution.Trim());
            scope.Touch(g, AuditAction.ResolveCorrection, reason: string.IsNullOrEmpty(changes) ? null : changes);
            scope.Notify([g.UserId], Roles.Graduate, "信息更正申请已处理", resolution.Trim(), reference);
            scope.Publish(reference, LiveUpdateBus.SchoolQueueTopic(g.SchoolId), LiveUpdateBus.GraduateTopic(g.Id));
        });
}

/// <summary>Roster fields a school may correct; null means unchanged.</summary>
public sealed record RosterFix(string? Name = null, string? Major = null, string? Phone = null, string? Email = null, string? Origin = null)
{
    public string ApplyTo(Graduate g)
    {
        var changed = new List<string>();
        if (!string.IsNullOrWhiteSpace(Name) && Name.Trim() != g.Name) { g.Name = Name.Trim(); changed.Add("姓名"); }
        if (!string.IsNullOrWhiteSpace(Major) && Major.Trim() != g.Major) { g.Major = Major.Trim(); changed.Add("专业"); }
        if (!string.IsNullOrWhiteSpace(Phone))
        {
            if (Domain.Validation.MobilePhone.Validate(Phone) is { } err) throw new WorkflowRefusal(err);
            if (Phone.Trim() != g.Phone) { g.Phone = Phone.Trim(); changed.Add("手机号"); }
        }
        if (!string.IsNullOrWhiteSpace(Email) && Email.Trim() != g.Email) { g.Email = Email.Trim(); changed.Add("邮箱"); }
        if (!string.IsNullOrWhiteSpace(Origin) && Origin.Trim() != g.Origin) { g.Origin = Origin.Trim(); changed.Add("生源地"); }
        return changed.Count == 0 ? "" : "已更正:" + string.Join("、", changed);
    }
}
