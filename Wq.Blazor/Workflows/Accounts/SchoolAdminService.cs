using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows.Accounts;

public sealed record SchoolInfo(int Id, string Code, string Name, string EmploymentOffice, ReviewMode ReviewMode,
    IReadOnlyList<DepartmentInfo> Departments);
public sealed record DepartmentInfo(int Id, string Name);
public sealed record StaffAccount(string UserId, string UserName, string DisplayName, string Role, int? SchoolId, int? DepartmentId, string? DepartmentName);

/// <summary>
/// Schools, departments, review mode and reviewer accounts. The platform admin manages all
/// schools; a school reviewer manages their own school's review mode and reviewer accounts.
/// </summary>
public sealed class SchoolAdminService(IDbContextFactory<WqDbContext> dbFactory, WorkflowRunner runner, IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<SchoolInfo>> ListSchoolsAsync(ActorContext actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var q = db.Schools.AsNoTracking().Include(s => s.Departments).AsQueryable();
        if (!actor.IsAdmin)
        {
            if (!actor.IsSchoolReviewer) return [];
            q = q.Where(s => s.Id == actor.SchoolId);
        }
        var list = await q.OrderBy(s => s.Code).ToListAsync();
        return list.Select(s => new SchoolInfo(s.Id, s.Code, s.Name, s.EmploymentOffice, s.ReviewMode,
            s.Departments.OrderBy(d => d.Name).Select(d => new DepartmentInfo(d.Id, d.Name)).ToList())).ToList();
    }

    public Task<OpResult<int>> CreateSchoolAsync(ActorContext actor, string code, string name, string office, ReviewMode mode) =>
        runner.RunAsync(actor, async scope =>
        {
            if (!actor.IsAdmin) throw WorkflowRefusal.Missing();
            code = code?.Trim() ?? "";
            if (code.Length != 5 || !code.All(char.IsAsciiDigit)) throw new WorkflowRefusal("学校代码应为5位数字");
            if (string.IsNullOrWhiteSpace(name)) throw new WorkflowRefusal("请输入学校名称");
            if (await scope.Db.Schools.AnyAsync(s => s.Code == code)) throw new WorkflowRefusal("该学校代码已存在");
            var school = new School { Code = code, Name = name.Trim(), EmploymentOffice = string.IsNullOrWhiteSpace(office) ? "就业指导中心" : office.Trim(), ReviewMode = mode };
            scope.Db.Schools.Add(school);
            await scope.Db.SaveChangesAsync();
            scope.Audit(new RecordRef(RecordKind.School, school.Id), AuditAction.CreateSchool, null, mode.ToString(), school.Name);
            return school.Id;
        }, "该学校代码已存在");

    public Task<OpResult<int>> AddDepartmentAsync(ActorContext actor, int schoolId, string name) =>
        runner.RunAsync(actor, async scope =>
        {
            EnsureManages(actor, schoolId);
            if (string.IsNullOrWhiteSpace(name)) throw new WorkflowRefusal("请输入院系名称");
            if (!await scope.Db.Schools.AnyAsync(s => s.Id == schoolId)) throw WorkflowRefusal.Missing();
            if (await scope.Db.Departments.AnyAsync(d => d.SchoolId == schoolId && d.Name == name.Trim()))
                throw new WorkflowRefusal("该院系已存在");
            var dept = new Department { SchoolId = schoolId, Name = name.Trim() };
            scope.Db.Departments.Add(dept);
            await scope.Db.SaveChangesAsync();
            scope.Audit(new RecordRef(RecordKind.Department, dept.Id), AuditAction.CreateDepartment, null, null, dept.Name);
            return dept.Id;
        }, "该院系已存在");

    public Task<OpResult<bool>> SetReviewModeAsync(ActorContext actor, int schoolId, ReviewMode mode) =>
        runner.RunAsync(actor, async scope =>
        {
            EnsureManages(actor, schoolId);
            var school = await scope.Db.Schools.FirstOrDefaultAsync(s => s.Id == schoolId) ?? throw WorkflowRefusal.Missing();
            if (school.ReviewMode == mode) return;
            // Checked inside the write transaction, so no submission can slip in between the count and the change.
            if (await ReviewModeChange.StrandedAsync(scope.Db, schoolId, mode) is { } refusal) throw new WorkflowRefusal(refusal);
            scope.Audit(new RecordRef(RecordKind.School, school.Id), AuditAction.SetReviewMode, school.ReviewMode.ToString(), mode.ToString());
            school.ReviewMode = mode;
        });

    public async Task<IReadOnlyList<StaffAccount>> ListReviewersAsync(ActorContext actor, int schoolId)
    {
        if (!(actor.IsAdmin || (actor.IsSchoolReviewer && actor.SchoolId == schoolId))) return [];
        await using var db = await dbFactory.CreateDbContextAsync();
        var roleIds = await db.Roles.Where(r => r.Name == Roles.SchoolReviewer || r.Name == Roles.DepartmentReviewer)
            .ToDictionaryAsync(r => r.Id, r => r.Name!);
        var rows = await (from u in db.Users
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          where u.SchoolId == schoolId && roleIds.Keys.Contains(ur.RoleId)
                          select new { u.Id, u.UserName, u.DisplayName, ur.RoleId, u.SchoolId, u.DepartmentId }).ToListAsync();
        var depts = await db.Departments.Where(d => d.SchoolId == schoolId).ToDictionaryAsync(d => d.Id, d => d.Name);
        return rows.OrderBy(r => r.UserName).Select(r => new StaffAccount(r.Id, r.UserName!, r.DisplayName, roleIds[r.RoleId], r.SchoolId,
            r.DepartmentId, r.DepartmentId is { } d && depts.TryGetValue(d, out var n) ? n : null)).ToList();
    }

    /// <summary>Creates a 院系审核员 (with a department) or 学校审核员 account.</summary>
    public async Task<OpResult> CreateReviewerAsync(ActorContext actor, int schoolId, int? departmentId, string role,
        string userName, string displayName, string password)
    {
        if (!(actor.IsAdmin || (actor.IsSchoolReviewer && actor.SchoolId == schoolId))) return OpResult.Missing();
        if (role is not (Roles.SchoolReviewer or Roles.DepartmentReviewer)) return OpResult.Fail("请选择审核员类型");
        if (string.IsNullOrWhiteSpace(userName)) return OpResult.Fail("请输入账号");
        if (string.IsNullOrWhiteSpace(displayName)) return OpResult.Fail("请输入姓名");
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            if (!await db.Schools.AnyAsync(s => s.Id == schoolId)) return OpResult.Missing();
            if (role == Roles.DepartmentReviewer &&
                (departmentId is null || !await db.Departments.AnyAsync(d => d.Id == departmentId && d.SchoolId == schoolId)))
                return OpResult.Fail("请选择院系审核员所属院系");
        }
        await using var services = scopes.CreateAsyncScope();
        var users = services.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = userName.Trim(), DisplayName = displayName.Trim(), EmailConfirmed = true,
            SchoolId = schoolId, DepartmentId = role == Roles.DepartmentReviewer ? departmentId : null,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return OpResult.Fail(string.Join(";", created.Errors.Select(e => e.Description).Distinct()));
        await users.AddToRoleAsync(user, role);
        var audited = await runner.RunAsync(actor, scope =>
        {
            scope.Audit(RecordKind.User, user.Id, AuditAction.CreateReviewer, null, role, user.UserName);
            return Task.CompletedTask;
        });
        return audited.Ok ? OpResult.Success : OpResult.Fail(audited.Error!);
    }

    private static void EnsureManages(ActorContext actor, int schoolId)
    {
        if (actor.IsAdmin) return;
        if (actor.IsSchoolReviewer && actor.SchoolId == schoolId) return;
        throw WorkflowRefusal.Missing();
    }
}
