using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wq.Blazor.Data;
using Wq.Blazor.Hosting.Cli;

namespace Wq.Blazor.Tests.Hosting;

[CollectionDefinition(Name)]
public sealed class ProductionCollection : ICollectionFixture<ProductionAppFixture>
{
    public const string Name = "production";
}

/// <summary>
/// The app as an operator runs it: Production environment, an empty data folder, no demo data,
/// a public address, one trusted proxy. Clients talk HTTPS to the public host, as through the
/// real front end. The security-stamp check has a clock of its own that tests can move forward.
/// </summary>
public sealed class ProductionAppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PublicHost = "wq.example.edu.cn";
    public const string PublicBase = "https://" + PublicHost;
    public const string TrustedProxy = "10.0.0.1";
    public const string AdminPassword = "Operator-chose-this-2026";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "wq-tests", "prod-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider StampClock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>How many times a password hash was verified (known or unknown account).</summary>
    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Wq:DataDirectory", DataDirectory);
        builder.UseSetting("Wq:PublicBaseUrl", PublicBase);
        builder.UseSetting("Wq:TrustedProxies:0", TrustedProxy);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseStaticWebAssets();
        builder.ConfigureServices(services =>
        {
            services.Configure<SecurityStampValidatorOptions>(o => o.TimeProvider = StampClock);
            services.AddScoped<IPasswordHasher<ApplicationUser>>(_ => Hasher);
        });
    }

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        _ = Services; // boot: migrations and roles
        return Task.CompletedTask;
    }

    /// <summary>A client on https://wq.example.edu.cn that keeps cookies and does not follow redirects.</summary>
    public HttpClient NewClient(bool handleCookies = true, string baseAddress = PublicBase) => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false, HandleCookies = handleCookies,
    });

    /// <summary>Runs <c>admin create --account NAME</c> in-process with the password on "standard input".</summary>
    public async Task<(int Exit, string Output, string Error)> AdminCreateAsync(string account, string password = AdminPassword)
    {
        var command = CliCommand.Parse(["admin", "create", "--account", account]);
        Assert.NotNull(command);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await command.RunAsync(Services, new StringReader(password + "\n"), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public WqDbContext NewDb() => Services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContext();

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        GC.SuppressFinalize(this);
    }
}

/// <summary>The real hasher, counting verifications.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<ApplicationUser>
{
    private readonly PasswordHasher<ApplicationUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
