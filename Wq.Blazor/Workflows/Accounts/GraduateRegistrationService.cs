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
/// The account, its role, the binding and the audit row commit in one transaction, or nothing does.
/// </summary>
public sealed class GraduateRegistrationService(
    UserManager<ApplicationUser> users, WorkflowRunner runner, IDbContextFactory<WqDbContext> dbFactory,
    RegistrationThrottle throttle, TimeProvider clock)
{
    /// <summary>
    /// One answer for "no such roster entry" and "entry already has an account": telling them
    /// apart would let anyone test whether a 姓名 + 身份证号 pair is on a school's roster.
    /// </summary>
    public const string NotVerified = "信息核验未通过:请确认姓名、身份证号与学校生源信息一致;如已注册过账号请直接登录,仍有问题请联系学校就业部门";
    public const string NoRosterEntry = NotVerified;
    public const string AlreadyRegistered = NotVerified;

    public async Task<OpResult> RegisterAsync(GraduateRegistration form, string? ip = null)
    {
        if (!throttle.TryAcquire(ip)) return OpResult.Fail(RegistrationThrottle.TooMany);
        var name = TextInput.CleanLine(form.Name);
        var idNumber = ResidentIdNumber.Normalize(form.IdNumber ?? "");
        var userName = TextInput.CleanLine(form.UserName);
        if (string.IsNullOrEmpty(name)) return OpResult.Fail("请输入姓名");
        if (TextInput.TooLong(name, 50, "姓名") is { } nameError) return OpResult.Fail(nameError);
        if (ResidentIdNumber.Validate(idNumber) is { } idError) return OpResult.Fail(idError);
        if (MobilePhone.Validate(form.Phone) is { } phoneError) return OpResult.Fail(phoneError);
        if (string.IsNullOrWhiteSpace(userName)) return OpResult.Fail("请输入账号");
        if (TextInput.TooLong(userName, 50, "账号") is { } userNameError) return OpResult.Fail(userNameError);

        var user = new ApplicationUser
        {
            UserName = userName, DisplayName = name, PhoneNumber = form.Phone.Trim(),
            EmailConfirmed = true, CreatedAt = clock.GetUtcNow(),
        };
        // Account checks before the roster look-up, so their answers say nothing about the roster.
        if (await AccountCreation.ValidateAsync(users, user, form.Password ?? "") is { } accountError) return OpResult.Fail(accountError);
        // Hashed before the roster look-up, so a refusal takes as long as an acceptance would.
        AccountCreation.Prepare(users, user, form.Password!);

        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var unbound = await db.Graduates.AsNoTracking()
                .AnyAsync(g => g.IdNumber == idNumber && g.Name == name && g.UserId == null);
            if (!unbound) return OpResult.Fail(NotVerified);
        }

        var actor = new ActorContext(user.Id, name, Roles.Graduate, Ip: ip);
        var bound = await runner.RunAsync(actor, async scope =>
        {
            var graduate = await scope.Db.Graduates
                .Where(g => g.IdNumber == idNumber && g.Name == name)
                .OrderByDescending(g => g.GraduationYear).FirstAsync();
            if (graduate.UserId is not null) throw new WorkflowRefusal(NotVerified);
            user.GraduateId = graduate.Id;
            user.SchoolId = graduate.SchoolId;
            user.DepartmentId = graduate.DepartmentId;
            await AccountCreation.AddAsync(scope.Db, users, user, Roles.Graduate);
            graduate.UserId = user.Id;
            scope.Touch(graduate, AuditAction.Register, null, "Registered");
        }, NotVerified);
        return bound.Ok ? OpResult.Success : OpResult.Fail(bound.Error ?? NotVerified);
    }
}
