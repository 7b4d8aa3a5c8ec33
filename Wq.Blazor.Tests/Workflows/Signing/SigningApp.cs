using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Signing;
using Wq.Blazor.Workflows.Workspace;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>
/// The whole app (no Kestrel) on a fresh SQLite file with the demo data, one per test class.
/// The clock is a <see cref="FakeTimeProvider"/> starting at the real "now"; it only moves when a
/// test advances it. The once-a-minute <see cref="ExpiryJob"/> is removed so nothing changes the
/// database behind a test's back; tests call <see cref="ExpiryService"/> themselves.
/// Fresh graduates come from the ~200 roster entries without accounts, fresh employers are
/// inserted directly: that is arrangement, the code under test is the services.
/// </summary>
public sealed class SigningApp : IAsyncLifetime, IAsyncDisposable
{
    public const string ComputerScience = "计算机学院";
    public const string Economics = "经济管理学院";

    private readonly Factory _factory;
    private readonly SemaphoreSlim _arrange = new(1, 1);
    private int _employerSerial;
    private int _graduateSerial;

    private readonly Action<IServiceCollection>? _overrides;

    public SigningApp() : this(null) { }

    /// <summary>An app whose services are partly replaced for one test, e.g. a file store that fails (fault injection).</summary>
    public static SigningApp With(Action<IServiceCollection> overrides) => new(overrides);

    // One public constructor: xunit builds class fixtures through it.
    private SigningApp(Action<IServiceCollection>? overrides)
    {
        _overrides = overrides;
        DataDirectory = Path.Combine(Path.GetTempPath(), "wq-tests", "signing-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        // Whole seconds keep the arithmetic of deadlines easy to read in failures.
        var now = DateTimeOffset.UtcNow;
        Clock = new FakeTimeProvider(new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero));
        _factory = new Factory(this);
    }

    public string DataDirectory { get; }
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => _factory.Services;

    public InvitationService Invitations => Get<InvitationService>();
    public ResponseService Responses => Get<ResponseService>();
    public ReviewQueueService Reviews => Get<ReviewQueueService>();
    public AgreementQueries Queries => Get<AgreementQueries>();
    public ExpiryService Expiry => Get<ExpiryService>();
    public AttachmentService Attachments => Get<AttachmentService>();
    public VerificationService Verification => Get<VerificationService>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>What the reviewer can decide now: their queue (审核工作台) filtered to their own gates.</summary>
    public async Task<List<QueueItem>> PendingAsync(ActorContext reviewer) =>
        await Get<ReviewQueueQuery>().StreamAsync(reviewer, new QueueFilter { ActionableOnly = true }).ToListAsync();

    public Task InitializeAsync()
    {
        _ = _factory.Services; // builds the host: migrations and demo seed run here
        return Task.CompletedTask;
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    public async Task<WqDbContext> DbAsync() =>
        await Get<IDbContextFactory<WqDbContext>>().CreateDbContextAsync();

    /// <summary>An actor built from the users table, as the sign-in would build it.</summary>
    public async Task<ActorContext> ActorAsync(string userName)
    {
        await using var db = await DbAsync();
        var u = await db.Users.AsNoTracking().SingleAsync(x => x.UserName == userName);
        var role = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          where ur.UserId == u.Id
                          select r.Name).SingleAsync();
        return new ActorContext(u.Id, u.DisplayName, role!, u.GraduateId, u.EmployerId, u.SchoolId, u.DepartmentId, "127.0.0.1");
    }

    /// <summary>Gives a roster graduate of <paramref name="department"/> an account (and confirmed basic info).</summary>
    public async Task<ActorContext> NewGraduateAsync(string department = ComputerScience, bool confirmed = true)
    {
        await _arrange.WaitAsync();
        try
        {
            await using var db = await DbAsync();
            var g = await db.Graduates.Where(x => x.UserId == null && x.Department!.Name == department)
                .OrderBy(x => x.Id).FirstAsync();
            var user = await AddUserAsync(db, $"g{g.Id}", g.Name, Roles.Graduate, u =>
            {
                u.GraduateId = g.Id; u.SchoolId = g.SchoolId; u.DepartmentId = g.DepartmentId;
            });
            g.UserId = user.Id;
            if (confirmed) g.InfoConfirmedAt = Clock.GetUtcNow();
            await db.SaveChangesAsync();
            return new ActorContext(user.Id, user.DisplayName, Roles.Graduate, g.Id, null, g.SchoolId, g.DepartmentId, "127.0.0.1");
        }
        finally { _arrange.Release(); }
    }

    /// <summary>A registered employer with one staff account.</summary>
    public async Task<ActorContext> NewEmployerAsync(bool certified = true)
    {
        await _arrange.WaitAsync();
        try
        {
            var n = ++_employerSerial;
            await using var db = await DbAsync();
            var first17 = $"911101089{n:00000000}";
            var employer = new Employer
            {
                Name = $"测试{n}号科技有限公司", CreditCode = first17 + UnifiedSocialCreditCode.ComputeCheckChar(first17),
                ContactPerson = "测试联系人", ContactPhone = $"0105{n:0000000}", Email = $"hr{n}@example.cn",
                NatureCode = "39", IndustryCode = "34", RegionCode = "110000", Address = "北京市海淀区测试路1号",
                RegisteredAt = Clock.GetUtcNow(),
            };
            // Registered (and certified) through the certification table, as the admin would.
            var registered = await Get<WorkflowRunner>().RunAsync(ActorContext.System, async scope =>
            {
                await scope.StartAsync(employer, CertificationWorkflow.Table, CertificationTrigger.Register, Actor.Employer, null);
                if (certified)
                    await scope.MoveAsync(employer, CertificationWorkflow.Table, CertificationTrigger.Certify, Actor.Admin, null);
            });
            Assert.True(registered.Ok, registered.Error);
            var user = await AddUserAsync(db, $"e{employer.Id}", $"测试{n}号单位经办人", Roles.Employer, u => u.EmployerId = employer.Id);
            await db.SaveChangesAsync();
            return new ActorContext(user.Id, user.DisplayName, Roles.Employer, EmployerId: employer.Id, Ip: "127.0.0.1");
        }
        finally { _arrange.Release(); }
    }

    /// <summary>A department reviewer for another department of the demo school.</summary>
    public async Task<ActorContext> NewDepartmentReviewerAsync(string department)
    {
        await _arrange.WaitAsync();
        try
        {
            await using var db = await DbAsync();
            var d = await db.Departments.SingleAsync(x => x.Name == department);
            var user = await AddUserAsync(db, $"dept-{d.Id}-{Guid.NewGuid():N}", $"{department}审核员", Roles.DepartmentReviewer,
                u => { u.SchoolId = d.SchoolId; u.DepartmentId = d.Id; });
            await db.SaveChangesAsync();
            return new ActorContext(user.Id, user.DisplayName, Roles.DepartmentReviewer, SchoolId: d.SchoolId, DepartmentId: d.Id, Ip: "127.0.0.1");
        }
        finally { _arrange.Release(); }
    }

    /// <summary>Another school (own code and review mode) with one 计算机学院 and a reviewer at each level.</summary>
    public async Task<TestSchool> NewSchoolAsync(ReviewMode mode, string code)
    {
        await _arrange.WaitAsync();
        try
        {
            await using var db = await DbAsync();
            var school = new School { Code = code, Name = $"测试大学{code}", EmploymentOffice = "就业指导中心", ReviewMode = mode };
            school.Departments.Add(new Department { Name = ComputerScience });
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            var d = school.Departments[0];
            var su = await AddUserAsync(db, $"school-{code}", $"{school.Name}审核员", Roles.SchoolReviewer, u => u.SchoolId = school.Id);
            var du = await AddUserAsync(db, $"dept-{code}", $"{school.Name}院系审核员", Roles.DepartmentReviewer,
                u => { u.SchoolId = school.Id; u.DepartmentId = d.Id; });
            await db.SaveChangesAsync();
            return new TestSchool(school.Id, code, d.Id,
                new ActorContext(su.Id, su.DisplayName, Roles.SchoolReviewer, SchoolId: school.Id, Ip: "127.0.0.1"),
                new ActorContext(du.Id, du.DisplayName, Roles.DepartmentReviewer, SchoolId: school.Id, DepartmentId: d.Id, Ip: "127.0.0.1"));
        }
        finally { _arrange.Release(); }
    }

    /// <summary>A new roster entry at <paramref name="school"/>, with an account and confirmed basic info.</summary>
    public async Task<ActorContext> NewGraduateAtAsync(TestSchool school, EducationLevel level)
    {
        await _arrange.WaitAsync();
        try
        {
            var n = ++_graduateSerial;
            await using var db = await DbAsync();
            var year = await db.Graduates.OrderBy(x => x.Id).Select(x => x.GraduationYear).FirstAsync();
            var first17 = $"11010520030101{n:000}";
            var g = new Graduate
            {
                SchoolId = school.SchoolId, DepartmentId = school.DepartmentId, StudentNo = $"T{n:000000}", Name = "陈思远",
                Gender = Gender.Male, IdNumber = first17 + ResidentIdNumber.ComputeCheckChar(first17), Major = "软件工程",
                Level = level, GraduationYear = year, Phone = $"1390000{n:0000}", Origin = "北京市",
                InfoConfirmedAt = Clock.GetUtcNow(),
            };
            db.Graduates.Add(g);
            await db.SaveChangesAsync();
            var user = await AddUserAsync(db, $"g{g.Id}", g.Name, Roles.Graduate, u =>
            {
                u.GraduateId = g.Id; u.SchoolId = g.SchoolId; u.DepartmentId = g.DepartmentId;
            });
            g.UserId = user.Id;
            await db.SaveChangesAsync();
            return new ActorContext(user.Id, user.DisplayName, Roles.Graduate, g.Id, null, g.SchoolId, g.DepartmentId, "127.0.0.1");
        }
        finally { _arrange.Release(); }
    }

    private async Task<ApplicationUser> AddUserAsync(WqDbContext db, string userName, string displayName, string role, Action<ApplicationUser> scope)
    {
        var user = new ApplicationUser
        {
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = displayName,
            SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
            EmailConfirmed = true, CreatedAt = Clock.GetUtcNow(),
        };
        scope(user);
        db.Users.Add(user);
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        return user;
    }

    public static TermsInput Terms(int responseDays = 5) => new()
    {
        PositionTitle = "软件测试工程师", JobCategoryCode = "13", WorkLocation = "北京市海淀区", MonthlySalary = 12000,
        ProbationMonths = 3, ArchiveReceiver = "2", ArchiveUnit = "北京市人才服务中心", HukouTransfer = false,
        OtherTerms = "五险一金", ResponseDays = responseDays,
    };

    // ------------------------------------------------------------------ scenario steps (each asserts success)

    public async Task<long> InviteAsync(ActorContext employer, ActorContext graduate, int responseDays = 5)
    {
        var r = await Invitations.InviteAsync(employer, graduate.GraduateId!.Value, Terms(responseDays));
        Assert.True(r.Ok, r.Error);
        return r.Value;
    }

    public async Task AcceptAsync(ActorContext graduate, long id)
    {
        var r = await Responses.AcceptAsync(graduate, id);
        Assert.True(r.Ok, r.Error);
    }

    public async Task DecideAsync(ActorContext reviewer, long id, ReviewDecision decision, string? opinion = null)
    {
        var version = (await AgreementAsync(id)).Version;
        var r = await Reviews.DecideAsync(reviewer, new ReviewCommand(ReviewKinds.OnlineSigning, id, decision, opinion, version));
        Assert.True(r.Ok, r.Error);
    }

    /// <summary>A fresh 计算机学院 graduate and employer whose invitation was accepted: 待院系审核.</summary>
    public async Task<(ActorContext Graduate, ActorContext Employer, long Id)> PendingDepartmentReviewAsync(string department = ComputerScience)
    {
        var graduate = await NewGraduateAsync(department);
        var employer = await NewEmployerAsync();
        var id = await InviteAsync(employer, graduate);
        await AcceptAsync(graduate, id);
        return (graduate, employer, id);
    }

    /// <summary>The same, through both review levels: 签约成功 with its PDF (the jobs drained).</summary>
    public async Task<(ActorContext Graduate, ActorContext Employer, long Id)> SignedAsync()
    {
        var (graduate, employer, id) = await PendingDepartmentReviewAsync();
        await DecideAsync(await ActorAsync("dept1"), id, ReviewDecision.Approve);
        await DecideAsync(await ActorAsync("school1"), id, ReviewDecision.Approve);
        await DrainPdfJobsAsync();
        return (graduate, employer, id);
    }

    /// <summary>
    /// Renders every queued PDF now, as the worker would just after commit. The hosted worker is
    /// removed from this app so a test decides when documents appear; returns how many were issued.
    /// </summary>
    public Task<int> DrainPdfJobsAsync() => Get<PdfJobProcessor>().RunDueAsync();

    // ------------------------------------------------------------------ reads for assertions

    public async Task<Agreement> AgreementAsync(long id)
    {
        await using var db = await DbAsync();
        return await db.Agreements.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    public async Task<List<AuditEvent>> AuditAsync(string recordType, long id)
    {
        await using var db = await DbAsync();
        var key = id.ToString();
        return await db.AuditEvents.AsNoTracking().Where(e => e.RecordType == recordType && e.RecordId == key)
            .OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<List<Notification>> NotificationsAsync(string userId)
    {
        await using var db = await DbAsync();
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id).ToListAsync();
    }

    /// <summary>Everything a refused call must leave untouched.</summary>
    public async Task<World> WorldAsync(long agreementId = 0)
    {
        await using var db = await DbAsync();
        var a = await db.Agreements.AsNoTracking().Where(x => x.Id == agreementId)
            .Select(x => new { x.State, x.Version, x.Number, x.PdfAttachmentId }).FirstOrDefaultAsync();
        return new World(a?.State, a?.Version, a?.Number, a?.PdfAttachmentId,
            await db.AuditEvents.CountAsync(), await db.Notifications.CountAsync(), await db.Agreements.CountAsync(),
            await db.DestinationClaims.CountAsync(), await db.Attachments.CountAsync(),
            await db.DestinationRegistrations.SumAsync(r => r.Version));
    }

    private sealed class Factory(SigningApp app) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseWqTestSettings(app.DataDirectory);
            // Refusals of out-of-scope requests are logged as warnings by design; they are expected here.
            builder.UseSetting("Logging:LogLevel:Wq.Blazor", "Error");
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(app.Clock);
                foreach (var job in services.Where(d => d.ServiceType == typeof(IHostedService)
                             && (d.ImplementationType == typeof(ExpiryJob) || d.ImplementationType == typeof(PdfJobWorker))).ToList())
                    services.Remove(job);
                app._overrides?.Invoke(services);
            });
        }
    }
}

public sealed record TestSchool(int SchoolId, string Code, int DepartmentId, ActorContext SchoolReviewer, ActorContext DepartmentReviewer);

/// <summary>A snapshot of one agreement and of every table a transition writes to.</summary>
public sealed record World(
    AgreementState? State, int? Version, string? Number, long? PdfAttachmentId,
    int AuditRows, int Notifications, int Agreements, int Claims, int Attachments, int RegistrationVersions);
