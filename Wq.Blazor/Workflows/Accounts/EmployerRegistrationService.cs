using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Infrastructure.Files;

namespace Wq.Blazor.Workflows.Accounts;

public sealed record EmployerRegistration(
    string Name, string CreditCode, string ContactPerson, string ContactPhone, string Email,
    string NatureCode, string IndustryCode, string RegionCode, string Address,
    string UserName, string Password);

/// <summary>
/// 用人单位注册: the organisation, its first staff account (with its role) and the business-licence
/// scan, all in one transaction or nothing; the scan is deleted again if the rows do not commit.
/// The employer starts 待认证 and cannot invite until a platform admin certifies it.
/// </summary>
public sealed class EmployerRegistrationService(
    UserManager<ApplicationUser> users, WorkflowRunner runner, IDbContextFactory<WqDbContext> dbFactory,
    FileStore files, RegistrationThrottle throttle, TimeProvider clock)
{
    public const string DuplicateCode = "该统一社会信用代码已注册,请联系单位管理员或直接登录";

    public async Task<OpResult> RegisterAsync(EmployerRegistration form, Stream licence, string licenceFileName, string? ip = null)
    {
        if (!throttle.TryAcquire(ip)) return OpResult.Fail(RegistrationThrottle.TooMany);
        var f = Clean(form);
        var code = UnifiedSocialCreditCode.Normalize(form.CreditCode ?? "");
        if (Validate(f, code) is { } error) return OpResult.Fail(error);

        var user = new ApplicationUser
        {
            UserName = f.UserName, DisplayName = f.ContactPerson, Email = f.Email,
            PhoneNumber = f.ContactPhone, EmailConfirmed = true, CreatedAt = clock.GetUtcNow(),
        };
        if (await AccountCreation.ValidateAsync(users, user, form.Password ?? "") is { } accountError) return OpResult.Fail(accountError);

        await using (var db = await dbFactory.CreateDbContextAsync())
            if (await db.Employers.AnyAsync(e => e.CreditCode == code)) return OpResult.Fail(DuplicateCode);
        AccountCreation.Prepare(users, user, form.Password!);

        // Stored (and fsynced) before the transaction; removed again unless the rows commit.
        var (stored, fileError) = await files.SaveUploadAsync(licence, licenceFileName);
        if (stored is null) return OpResult.Fail(fileError!);

        var actor = new ActorContext(user.Id, user.DisplayName, Roles.Employer, Ip: ip);
        var result = await runner.RunAsync(actor, async scope =>
        {
            scope.OnRollback(() => files.Delete(stored.StoredName));
            var employer = new Employer
            {
                Name = f.Name, CreditCode = code, ContactPerson = f.ContactPerson,
                ContactPhone = f.ContactPhone, Email = f.Email, NatureCode = f.NatureCode,
                IndustryCode = f.IndustryCode, RegionCode = f.RegionCode, Address = f.Address,
                RegisteredAt = scope.Now,
            };
            await scope.StartAsync(employer, CertificationWorkflow.Table, CertificationTrigger.Register, Actor.Employer, null);
            user.EmployerId = employer.Id;
            await AccountCreation.AddAsync(scope.Db, users, user, Roles.Employer);
            var attachment = new Attachment
            {
                Kind = AttachmentKind.BusinessLicence, OwnerRef = employer.Ref.ToString(), FileName = stored.FileName,
                ContentType = stored.ContentType, Size = stored.Size, Sha256 = stored.Sha256, StoredName = stored.StoredName,
                UploadedByUserId = user.Id, UploadedAt = scope.Now,
            };
            scope.Db.Attachments.Add(attachment);
            await scope.Db.SaveChangesAsync();
            employer.LicenseAttachmentId = attachment.Id;
        }, DuplicateCode);
        return result.Ok ? OpResult.Success : OpResult.Fail(result.Error!);
    }

    private static EmployerRegistration Clean(EmployerRegistration f) => f with
    {
        Name = TextInput.CleanLine(f.Name), ContactPerson = TextInput.CleanLine(f.ContactPerson),
        ContactPhone = TextInput.CleanLine(f.ContactPhone), Email = TextInput.CleanLine(f.Email),
        Address = TextInput.CleanLine(f.Address), UserName = TextInput.CleanLine(f.UserName),
    };

    /// <summary>The first problem with the form, in Chinese; limits match the columns.</summary>
    private static string? Validate(EmployerRegistration f, string code)
    {
        if (string.IsNullOrEmpty(f.Name)) return "请输入单位名称";
        if (TextInput.TooLong(f.Name, 100, "单位名称") is { } e1) return e1;
        if (UnifiedSocialCreditCode.Validate(code) is { } codeError) return codeError;
        if (string.IsNullOrEmpty(f.ContactPerson)) return "请输入联系人";
        if (TextInput.TooLong(f.ContactPerson, 50, "联系人") is { } e2) return e2;
        if (string.IsNullOrEmpty(f.ContactPhone)) return "请输入联系电话";
        if (TextInput.TooLong(f.ContactPhone, 20, "联系电话") is { } e3) return e3;
        if (string.IsNullOrEmpty(f.Email) || !f.Email.Contains('@')) return "请输入有效的电子邮箱";
        if (TextInput.TooLong(f.Email, 100, "电子邮箱") is { } e4) return e4;
        if (EmployerNatures.All.Find(f.NatureCode) is null) return "请选择单位性质";
        if (Industries.All.Find(f.IndustryCode) is null) return "请选择单位行业";
        if (Regions.Find(f.RegionCode) is null) return "请选择单位所在地";
        if (string.IsNullOrEmpty(f.Address)) return "请输入详细地址";
        if (TextInput.TooLong(f.Address, 200, "详细地址") is { } e5) return e5;
        if (string.IsNullOrEmpty(f.UserName)) return "请输入账号";
        return TextInput.TooLong(f.UserName, 50, "账号");
    }
}
