using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Infrastructure.Files;
using Wq.Blazor.Workflows.Accounts;

namespace Wq.Blazor.Tests.Workflows.Accounts;

[Collection(WorkflowsCollection.Name)]
public class EmployerRegistrationTests(AppFixture app)
{
    private Task<OpResult> RegisterAsync(EmployerRegistration form, Stream licence, string fileName) =>
        app.InScopeAsync(sp => sp.GetRequiredService<EmployerRegistrationService>().RegisterAsync(form, licence, fileName, "127.0.0.1"));

    private sealed record Snapshot(int Employers, int Attachments, int Users, IReadOnlyList<string> Files);

    private async Task<Snapshot> SnapshotAsync()
    {
        await using var db = app.NewDb();
        return new Snapshot(await db.Employers.CountAsync(), await db.Attachments.CountAsync(), await db.Users.CountAsync(), app.StoredFiles());
    }

    /// <summary>A refused registration leaves no employer, attachment, account or stored file behind.</summary>
    private async Task AssertNothingWrittenAsync(Snapshot before, string userName, string? code)
    {
        var after = await SnapshotAsync();
        Assert.Equal(before.Employers, after.Employers);
        Assert.Equal(before.Attachments, after.Attachments);
        Assert.Equal(before.Users, after.Users);
        Assert.Equal(before.Files, after.Files);
        await using var db = app.NewDb();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == userName));
        if (code is not null) Assert.False(await db.Employers.AnyAsync(e => e.CreditCode == code));
    }

    [Fact]
    public async Task A_credit_code_with_a_wrong_check_character_is_refused_and_nothing_is_written()
    {
        var valid = TestData.NewCreditCode();
        var bad = valid[..17] + (valid[17] == '0' ? '1' : '0');
        var userName = $"t-badcode-{TestData.Next()}";
        var before = await SnapshotAsync();

        var result = await RegisterAsync(TestData.EmployerForm(bad, userName), new MemoryStream(TestData.PdfBytes("x")), "licence.pdf");

        Assert.False(result.Ok);
        Assert.Equal("统一社会信用代码校验位不正确", result.Error);
        await AssertNothingWrittenAsync(before, userName, bad);
    }

    [Theory]
    [InlineData("NatureCode", "请选择单位性质")]
    [InlineData("IndustryCode", "请选择单位行业")]
    [InlineData("RegionCode", "请选择单位所在地")]
    public async Task A_code_outside_its_code_table_is_refused_and_nothing_is_written(string field, string message)
    {
        var code = TestData.NewCreditCode();
        var userName = $"t-badtable-{TestData.Next()}";
        var form = TestData.EmployerForm(code, userName);
        form = field switch
        {
            "NatureCode" => form with { NatureCode = "98" },
            "IndustryCode" => form with { IndustryCode = "" },
            _ => form with { RegionCode = "999999" },
        };
        var before = await SnapshotAsync();

        var result = await RegisterAsync(form, new MemoryStream(TestData.PdfBytes("x")), "licence.pdf");

        Assert.Equal(message, result.Error);
        await AssertNothingWrittenAsync(before, userName, code);
    }

    [Fact]
    public async Task A_credit_code_already_registered_is_refused()
    {
        await using var db = app.NewDb();
        var emp1Code = await db.Employers.Where(e => e.Name == "星辰科技有限公司").Select(e => e.CreditCode).SingleAsync();
        var userName = $"t-dupcode-{TestData.Next()}";
        var before = await SnapshotAsync();

        var result = await RegisterAsync(TestData.EmployerForm(emp1Code, userName, "冒名科技有限公司"),
            new MemoryStream(TestData.PdfBytes("dup")), "licence.pdf");

        Assert.False(result.Ok);
        Assert.Equal(EmployerRegistrationService.DuplicateCode, result.Error);
        await AssertNothingWrittenAsync(before, userName, code: null);
        Assert.Equal(1, await db.Employers.CountAsync(e => e.CreditCode == emp1Code));
    }

    [Fact]
    public async Task An_executable_named_licence_pdf_is_refused_and_nothing_is_written()
    {
        var code = TestData.NewCreditCode();
        var userName = $"t-exe-{TestData.Next()}";
        // The start of a Windows PE file: "MZ", then the DOS stub.
        var exe = new byte[4096];
        new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF }.CopyTo(exe, 0);
        "This program cannot be run in DOS mode."u8.ToArray().CopyTo(exe, 78);
        var before = await SnapshotAsync();

        var result = await RegisterAsync(TestData.EmployerForm(code, userName), new MemoryStream(exe), "licence.pdf");

        Assert.False(result.Ok);
        Assert.Contains("不是有效的 JPG、PNG 或 PDF 文件", result.Error);
        await AssertNothingWrittenAsync(before, userName, code);
    }

    [Fact]
    public async Task A_pdf_whose_name_says_png_is_refused()
    {
        var code = TestData.NewCreditCode();
        var userName = $"t-ext-{TestData.Next()}";
        var before = await SnapshotAsync();

        var result = await RegisterAsync(TestData.EmployerForm(code, userName), new MemoryStream(TestData.PdfBytes("ext")), "licence.png");

        Assert.False(result.Ok);
        Assert.Contains("扩展名与内容不符", result.Error);
        await AssertNothingWrittenAsync(before, userName, code);
    }

    [Fact]
    public async Task An_upload_over_10_MB_is_refused_and_nothing_is_written()
    {
        var code = TestData.NewCreditCode();
        var userName = $"t-big-{TestData.Next()}";
        var big = new byte[FileStore.MaxUploadBytes + 1];
        TestData.PdfBytes("big").CopyTo(big, 0);
        var before = await SnapshotAsync();

        var result = await RegisterAsync(TestData.EmployerForm(code, userName), new MemoryStream(big), "licence.pdf");

        Assert.False(result.Ok);
        Assert.Contains("超过 10 MB", result.Error);
        await AssertNothingWrittenAsync(before, userName, code);
    }

    [Fact]
    public async Task Registration_creates_a_pending_employer_with_its_licence_and_a_bound_account()
    {
        var code = TestData.NewCreditCode();
        var userName = $"t-emp-ok-{TestData.Next()}";
        var bytes = TestData.PdfBytes("happy path licence");

        var result = await RegisterAsync(TestData.EmployerForm(code, userName, "顺利注册有限公司"), new MemoryStream(bytes), "营业执照.pdf");

        Assert.True(result.Ok, result.Error);
        await using var db = app.NewDb();
        var employer = await db.Employers.AsNoTracking().SingleAsync(e => e.CreditCode == code);
        Assert.Equal("顺利注册有限公司", employer.Name);
        Assert.Equal(CertificationState.Pending, employer.Certification);
        Assert.NotNull(employer.LicenseAttachmentId);

        var attachment = await db.Attachments.AsNoTracking().SingleAsync(a => a.Id == employer.LicenseAttachmentId);
        Assert.Equal(AttachmentKind.BusinessLicence, attachment.Kind);
        Assert.Equal($"Employer:{employer.Id}", attachment.OwnerRef);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(bytes.Length, attachment.Size);
        Assert.Equal(TestData.Sha256Hex(bytes), attachment.Sha256);
        Assert.Equal("营业执照.pdf", attachment.FileName);
        Assert.DoesNotContain("营业执照", attachment.StoredName);
        await using (var stored = app.Files.OpenRead(attachment.StoredName))
        using (var copy = new MemoryStream())
        {
            await stored.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }

        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        Assert.Equal(employer.Id, user.EmployerId);
        Assert.Equal(attachment.UploadedByUserId, user.Id);
        var actor = await app.Data.ActorAsync(userName);
        Assert.Equal(Roles.Employer, actor.Role);
        Assert.True(await db.AuditEvents.AnyAsync(e =>
            e.RecordType == "Employer" && e.RecordId == employer.Id.ToString() && e.Action == "Register" && e.ToState == "Pending"));
    }
}
