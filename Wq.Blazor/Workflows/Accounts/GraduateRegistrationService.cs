using Wq.Blazor.Domain.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain;
using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Workflows.Accounts;

public sealed record GraduateRegistration(string Name, string IdNumber, string Phone, string UserName, string Password);

/// <summary>
/// 毕业生注册 (SPEC §1): binds a new account to the roster entry with the same 姓名 and 身份证号.
/// The account is created first and removed again if binding fails, so no half-registered user remains.
/// </summary>
public sealed class GraduateRegistrationService(
    UserManager<ApplicationUser> users, WorkflowRunner runner, IDbContextFactory<WqDbContext> dbFactory, TimeProvider clock)
{
    public const string NoRosterEntry = "未找到你的生源信息,请联系学校就业部门";
    public const string AlreadyRegistered = "该生源信息已注册账号,请直接登录";

    public async Task<OpResult> RegisterAsync(GraduateRegistration form, string? ip = null)
    {
        var name = form.Name.Trim();
        var idNumber = ResidentIdNumber.Normalize(form.IdNumber ?? "");
        if (string.IsNullOrEmpty(name)) return OpResult.Fail("请输入姓名");
        if (ResidentIdNumber.Validate(idNumber) is { } idError) return OpResult.Fail(idError);
        if (MobilePhone.Validate(form.Phone) is { } phoneError) return OpResult.Fail(phoneError);
        if (string.IsNullOrWhiteSpace(form.UserName)) return OpResult.Fail("请输入账号");

        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var entry = await db.Graduates.AsNoTracking()
                .Where(g => g.IdNumber == idNumber && g.Name == name)
                .OrderByDescending(g => g.GraduationYear)
                .Select(g => new { g.Id, g.UserId })
                .FirstOrDefaultAsync();
            if (entry is null) return OpResult.Fail(NoRosterEntry);
            if (entry.UserId is not null) return OpResult.Fail(AlreadyRegistered);
        }

        var user = new ApplicationUser
        {
            UserName = form.UserName.Trim(),
            DisplayName = name,
            PhoneNumber = form.Phone.Trim(),
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded) return OpResult.Fail(string.Join(";", created.Errors.Select(e => e.Description).Distinct()));

        // Role first: a later UserManager update of this instance would overwrite the scope ids bound below.
        await users.AddToRoleAsync(user, Roles.Graduate);

        var actor = new ActorContext(user.Id, name, Roles.Graduate, Ip: ip);
        var bound = await runner.RunAsync(actor, async scope =>
        {
            var graduate = await scope.Db.Graduates
                .Where(g => g.IdNumber == idNumber && g.Name == name)
                .OrderByDescending(g => g.GraduationYear).FirstAsync();
            if (graduate.UserId is not null) throw new WorkflowRefusal(AlreadyRegistered);
            graduate.UserId = user.Id;
            var tracked = await scope.Db.Users.FirstAsync(u => u.Id == user.Id);
            tracked.GraduateId = graduate.Id;
            tracked.SchoolId = graduate.SchoolId;
            tracked.DepartmentId = graduate.DepartmentId;
            scope.Touch(graduate, AuditAction.Register, null, "Registered");
        }, AlreadyRegistered);

        if (!bound.Ok)
        {
            await users.DeleteAsync(user);
            return OpResult.Fail(bound.Error ?? AlreadyRegistered);
        }
        return OpResult.Success;
    }
}
