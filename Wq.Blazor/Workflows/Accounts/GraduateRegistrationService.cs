using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Workflows.Accounts;

public sealed record GraduateRegistration(string Name, string IdNumber, string Phone, string UserName, string Password, string Code);

/// <summary>
/// 毕业生注册 (SPEC §1), step 2: binds a new account to the unbound roster entry with the same
/// 姓名, 身份证号 and 手机号, given the code mailed to the entry's address (<see cref="BindingCodeService"/>).
/// The account, its role, the binding, the used code and the audit row commit in one transaction.
/// </summary>
public sealed class GraduateRegistrationService(
    UserManager<ApplicationUser> users, WorkflowRunner runner, IDbContextFactory<WqDbContext> dbFactory,
    BindingCodeService codes, RegistrationThrottle throttle, TimeProvider clock)
{
    /// <summary>
    /// One answer for "no such roster entry", "entry already has an account" and "wrong or expired
    /// code": telling them apart would let anyone test whether a person is on a school's roster.
    /// </summary>
    public const string NotVerified = "信息核验未通过:请确认姓名、身份证号、手机号与学校生源信息一致,且验证码正确、未过期;如已注册过账号请直接登录,仍有问题请联系学校就业部门";
    public const string NoRosterEntry = NotVerified;
    public const string AlreadyRegistered = NotVerified;

    public async Task<OpResult> RegisterAsync(GraduateRegistration form, string? ip = null)
    {
        if (!throttle.TryAcquire(ip)) return OpResult.Fail(RegistrationThrottle.TooMany);
        var (name, idNumber, phone, formError) = BindingCodeService.Clean(new BindingRequest(form.Name, form.IdNumber, form.Phone));
        if (formError is not null) return OpResult.Fail(formError);
        var code = (form.Code ?? "").Trim();
        if (code.Length != 6 || !code.All(char.IsAsciiDigit)) return OpResult.Fail("请输入邮件中的6位验证码");
        var userName = TextInput.CleanLine(form.UserName);
        if (string.IsNullOrWhiteSpace(userName)) return OpResult.Fail("请输入账号");
        if (TextInput.TooLong(userName, 50, "账号") is { } userNameError) return OpResult.Fail(userNameError);

        var user = new ApplicationUser
        {
            UserName = userName, DisplayName = name, PhoneNumber = phone,
            EmailConfirmed = true, CreatedAt = clock.GetUtcNow(),
        };
        // Account checks before the roster look-up, so their answers say nothing about the roster.
        if (await AccountCreation.ValidateAsync(users, user, form.Password ?? "") is { } accountError) return OpResult.Fail(accountError);
        // Hashed before the roster look-up, so a refusal takes as long as an acceptance would.
        AccountCreation.Prepare(users, user, form.Password!);

        int graduateId;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var entry = await BindingCodeService.FindUnboundAsync(db, name, idNumber, phone);
            if (entry is null) return OpResult.Fail(NotVerified);
            graduateId = entry.Id;
        }

        var actor = new ActorContext(user.Id, name, Roles.Graduate, Ip: ip);
        if (await codes.CheckAsync(actor, graduateId, code) is not { } codeId) return OpResult.Fail(NotVerified);
        var bound = await runner.RunAsync(actor, async scope =>
        {
            var graduate = await scope.Db.Graduates.FirstAsync(g => g.Id == graduateId);
            var used = await scope.Db.BindingCodes.FirstAsync(c => c.Id == codeId);
            // Re-read under the write lock: a concurrent registration may have bound the entry or used the code.
            if (graduate.UserId is not null || used.UsedAt is not null) throw new WorkflowRefusal(NotVerified);
            used.UsedAt = scope.Now;
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
