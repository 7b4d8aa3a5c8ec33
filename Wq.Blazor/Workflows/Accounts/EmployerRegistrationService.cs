using Wq.Blazor.Domain.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain;
using Wq.Blazor.Domain.CodeTables;
using Wq.Blazor.Domain.Model;
using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Infrastructure.Files;

namespace Wq.Blazor.Workflows.Accounts;

public sealed record EmployerRegistration(
    string Name, string CreditCode, string ContactPerson, string ContactPhone, string Email,
    string NatureCode, string IndustryCode, string RegionCode, string Address,
    string UserName, string Password);

/// <summary>
/// 用人单位注册: the organisation, its first staff account and the business-licence scan, all or
/// nothing. The employer starts 待认证 and cannot invite until a platform admin certifies it.
/// </summary>
public sealed class EmployerRegistrationService(
    UserManager<ApplicationUser> users, WorkflowRunner runner, IDbContextFactory<WqDbContext> dbFactory,
    FileStore files, TimeProvider clock)
{
    public const string DuplicateCode = "该统一社会信用代码已注册,请联系单位管理员或直接登录";

    public async Task<OpResult> RegisterAsync(EmployerRegistration form, Stream licence, string licenceFileName, string? ip = null)
    {
        var code = UnifiedSocialCreditCode.Normalize(form.CreditCode ?? "");
        if (string.IsNullOrWhiteSpace(form.Name)) return OpResult.Fail("请输入单位名称");
        if (UnifiedSocialCreditCode.Validate(code) is { } codeError) return OpResult.Fail(codeError);
        if (string.IsNullOrWhiteSpace(form.ContactPerson)) return OpResult.Fail("请输入联系人");
        if (string.IsNullOrWhiteSpace(form.ContactPhone)) return OpResult.Fail("请输入联系电话");
        if (string.IsNullOrWhiteSpace(form.Email) || !form.Email.Contains('@')) return OpResult.Fail("请输入有效的电子邮箱");
        if (EmployerNatures.All.Find(form.NatureCode) is null) return OpResult.Fail("请选择单位性质");
        if (Industries.All.Find(form.IndustryCode) is null) return OpResult.Fail("请选择单位行业");
        if (Regions.Find(form.RegionCode) is null) return OpResult.Fail("请选择单位所在地");
        if (string.IsNullOrWhiteSpace(form.Address)) return OpResult.Fail("请输入详细地址");
        if (string.IsNullOrWhiteSpace(form.UserName)) return OpResult.Fail("请输入账号");

        await using (var db = await dbFactory.CreateDbContextAsync())
            if (await db.Employers.AnyAsync(e => e.CreditCode == code)) return OpResult.Fail(DuplicateCode);

        var (stored, fileError) = await files.SaveUploadAsync(licence, licenceFileName);
        if (stored is null) return OpResult.Fail(fileError!);

        var user = new ApplicationUser
        {
            UserName = form.UserName.Trim(), DisplayName = form.ContactPerson.Trim(), Email = form.Email.Trim(),
            PhoneNumber = form.ContactPhone.Trim(), EmailConfirmed = true, CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            files.Delete(stored.StoredName);
            return OpResult.Fail(string.Join(";", created.Errors.Select(e => e.Description).Distinct()));
        }

        // Role first: a later UserManager update of this instance would overwrite the scope ids bound below.
        await users.AddToRoleAsync(user, Roles.Employer);

        var actor = new ActorContext(user.Id, user.DisplayName, Roles.Employer, Ip: ip);
        var result = await runner.RunAsync(actor, async scope =>
        {
            var employer = new Employer
            {
                Name = form.Name.Trim(), CreditCode = code, ContactPerson = form.ContactPerson.Trim(),
                ContactPhone = form.ContactPhone.Trim(), Email = form.Email.Trim(), NatureCode = form.NatureCode,
                IndustryCode = form.IndustryCode, RegionCode = form.RegionCode, Address = form.Address.Trim(),
                RegisteredAt = scope.Now,
            };
            await scope.StartAsync(employer, CertificationWorkflow.Table, CertificationTrigger.Register, Actor.Employer, null);
            var attachment = new Attachment
            {
                Kind = AttachmentKind.BusinessLicence, OwnerRef = employer.Ref.ToString(), FileName = stored.FileName,
                ContentType = stored.ContentType, Size = stored.Size, Sha256 = stored.Sha256, StoredName = stored.StoredName,
                UploadedByUserId = user.Id, UploadedAt = scope.Now,
            };
            scope.Db.Attachments.Add(attachment);
            await scope.Db.SaveChangesAsync();
            employer.LicenseAttachmentId = attachment.Id;
            var tracked = await scope.Db.Users.FirstAsync(u => u.Id == user.Id);
            tracked.EmployerId = employer.Id;
        }, DuplicateCode);

        if (!result.Ok)
        {
            await users.DeleteAsync(user);
            files.Delete(stored.StoredName);
            return OpResult.Fail(result.Error!);
        }
        return OpResult.Success;
    }
}
