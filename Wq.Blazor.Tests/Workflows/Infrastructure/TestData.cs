using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Hosting.Demo;
using Wq.Blazor.Workflows.Accounts;

namespace Wq.Blazor.Tests.Workflows;

/// <summary>A roster entry (生源信息) as the school imported it.</summary>
public sealed record RosterEntry(int GraduateId, string Name, string IdNumber, int SchoolId, int DepartmentId, string Phone = "", string? Email = null);

/// <summary>A graduate registered by a test: their account, roster entry and password.</summary>
public sealed record RegisteredGraduate(ActorContext Actor, string UserName, string Password, RosterEntry Entry);

/// <summary>An employer registered by a test through the real registration service.</summary>
public sealed record RegisteredEmployer(int EmployerId, long LicenceAttachmentId, string UserName, string CreditCode, byte[] LicenceBytes);

/// <summary>
/// Reads the demo accounts of SPEC §10 back from the users table and hands out fresh records
/// (unbound roster entries, new employers) so tests sharing one database never step on each other.
/// </summary>
public sealed class TestData(IServiceProvider services)
{
    /// <summary>Long, not common, no user name in it: passes the app's password rules.</summary>
    public const string StrongPassword = "Lantern-quiet-harbor-84";
    public const string DemoPassword = DemoData.Password;

    private static int _sequence;
    private readonly HashSet<int> _handedOut = [];
    private readonly SemaphoreSlim _rosterLock = new(1, 1);

    /// <summary>A unique suffix for user names, codes and texts made up by tests.</summary>
    public static int Next() => Interlocked.Increment(ref _sequence);

    public WqDbContext NewDb() => services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContext();

    /// <summary>
    /// The <see cref="ActorContext"/> the app would build for <paramref name="userName"/> at sign-in:
    /// its id, display name, role and scope ids, read from the users table.
    /// </summary>
    public async Task<ActorContext> ActorAsync(string userName)
    {
        await using var db = NewDb();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        var role = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          where ur.UserId == user.Id
                          select r.Name).SingleAsync();
        return new ActorContext(user.Id, user.DisplayName, role!, user.GraduateId, user.EmployerId, user.SchoolId,
            user.DepartmentId, "127.0.0.1");
    }

    /// <summary>An unbound roster entry (of <paramref name="departmentId"/> when given) no other test has been given.</summary>
    public async Task<RosterEntry> FreshRosterEntryAsync(int? departmentId = null)
    {
        await _rosterLock.WaitAsync();
        try
        {
            await using var db = NewDb();
            var unbound = db.Graduates.AsNoTracking().Where(g => g.UserId == null && g.Email != null);
            if (departmentId is not null) unbound = unbound.Where(g => g.DepartmentId == departmentId);
            var candidates = await unbound.OrderBy(g => g.Id)
                .Select(g => new RosterEntry(g.Id, g.Name, g.IdNumber, g.SchoolId, g.DepartmentId, g.Phone, g.Email)).ToListAsync();
            var entry = candidates.First(c => !_handedOut.Contains(c.GraduateId));
            _handedOut.Add(entry.GraduateId);
            return entry;
        }
        finally
        {
            _rosterLock.Release();
        }
    }

    /// <summary>Registers a fresh roster entry through <see cref="GraduateRegistrationService"/>.</summary>
    public async Task<RegisteredGraduate> RegisterGraduateAsync(int? departmentId = null)
    {
        var entry = await FreshRosterEntryAsync(departmentId);
        var userName = $"t-grad-{Next()}";
        var form = await RegistrationFormAsync(entry, userName);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<GraduateRegistrationService>().RegisterAsync(form);
        Assert.True(result.Ok, result.Error);
        return new RegisteredGraduate(await ActorAsync(userName), userName, StrongPassword, entry);
    }

    /// <summary>
    /// Step 1 of registration for <paramref name="entry"/>: asks for the binding code and reads it
    /// back from the mail outbox row, as the graduate would from their mailbox.
    /// </summary>
    public async Task<string> BindingCodeAsync(RosterEntry entry)
    {
        var sent = await services.GetRequiredService<BindingCodeService>().SendAsync(new BindingRequest(entry.Name, entry.IdNumber, entry.Phone));
        Assert.True(sent.Ok, sent.Error);
        return await LastMailedCodeAsync(entry.Email!);
    }

    /// <summary>The code in the newest binding mail to <paramref name="address"/>.</summary>
    public async Task<string> LastMailedCodeAsync(string address)
    {
        await using var db = NewDb();
        var body = await db.OutboxMails.Where(m => m.ToAddress == address && m.Subject == BindingCodeService.MailSubject)
            .OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync();
        return System.Text.RegularExpressions.Regex.Match(body, @"验证码为 (\d{6})").Groups[1].Value;
    }

    /// <summary>A complete step-2 form for <paramref name="entry"/>, with a freshly mailed code.</summary>
    public async Task<GraduateRegistration> RegistrationFormAsync(RosterEntry entry, string userName, string password = StrongPassword) =>
        new(entry.Name, entry.IdNumber, entry.Phone, userName, password, await BindingCodeAsync(entry));

    /// <summary>A valid 统一社会信用代码 (GB 32100 check character) that no other test uses.</summary>
    public static string NewCreditCode()
    {
        var first17 = $"91330100{Next() + 100_000:000000000}";
        return first17 + UnifiedSocialCreditCode.ComputeCheckChar(first17);
    }

    /// <summary>A small but well-formed-looking PDF: what the file store recognises by its magic bytes.</summary>
    public static byte[] PdfBytes(string text) =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static EmployerRegistration EmployerForm(string creditCode, string userName, string name = "测试科技有限公司") =>
        new(name, creditCode, "周经理", "01088886666", "hr@test.example.cn", "39", "34", "110000",
            "北京市海淀区测试路1号", userName, StrongPassword);

    /// <summary>Registers a new employer (待认证) with a PDF licence through <see cref="EmployerRegistrationService"/>.</summary>
    public async Task<RegisteredEmployer> RegisterEmployerAsync(string name = "测试科技有限公司")
    {
        var code = NewCreditCode();
        var userName = $"t-emp-{Next()}";
        var bytes = PdfBytes($"licence of {name} {code}");
        await using (var scope = services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<EmployerRegistrationService>()
                .RegisterAsync(EmployerForm(code, userName, name), new MemoryStream(bytes), "licence.pdf");
            Assert.True(result.Ok, result.Error);
        }
        await using var db = NewDb();
        var employer = await db.Employers.AsNoTracking().SingleAsync(e => e.CreditCode == code);
        return new RegisteredEmployer(employer.Id, employer.LicenseAttachmentId!.Value, userName, code, bytes);
    }

    /// <summary>A 待认证 employer row without staff accounts, registered through its workflow table.</summary>
    public async Task<int> CreatePendingEmployerAsync()
    {
        var employer = new Employer
        {
            Name = $"待认证测试单位{Next()}", CreditCode = NewCreditCode(), ContactPerson = "吴经理", ContactPhone = "02087654321",
            Email = "hr@pending.example.cn", NatureCode = "39", IndustryCode = "34", RegionCode = "440106",
            Address = "广州市天河区测试路2号", RegisteredAt = DateTimeOffset.UtcNow,
        };
        var result = await services.GetRequiredService<WorkflowRunner>().RunAsync(ActorContext.System, scope =>
            scope.StartAsync(employer, CertificationWorkflow.Table, CertificationTrigger.Register, Actor.Employer, null));
        Assert.True(result.Ok, result.Error);
        return employer.Id;
    }

    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
