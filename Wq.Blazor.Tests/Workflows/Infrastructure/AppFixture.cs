using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wq.Blazor.Data;
using Wq.Blazor.Infrastructure.Files;

namespace Wq.Blazor.Tests.Workflows;

/// <summary>
/// The whole app booted in-process through <see cref="WebApplicationFactory{TEntryPoint}"/> on an
/// in-memory test server (no Kestrel): its own temporary data folder, a real SQLite file,
/// migrations applied and the demo data of SPEC §10 seeded. Services come from <see cref="Services"/>;
/// <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> gives HTTP clients for the Web tests.
/// </summary>
public class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public AppFixture()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "wq-tests", "app-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
    }

    /// <summary>The temporary folder passed to the app as <c>Wq:DataDirectory</c>.</summary>
    public string DataDirectory { get; }

    /// <summary>The SQLite database file the app writes to.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "wq.db");

    /// <summary>Warnings and errors the app logged, in memory.</summary>
    public CapturedLogs Logs { get; } = new();

    public FileStore Files => Services.GetRequiredService<FileStore>();

    /// <summary>Demo accounts, roster entries and throw-away records for tests.</summary>
    public TestData Data { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseWqTestSettings(DataDirectory);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    public Task InitializeAsync()
    {
        // Building the host runs Program: migrations and demo data, before the first test.
        Data = new TestData(Services);
        return Task.CompletedTask;
    }

    /// <summary>A fresh DbContext on the app's database (dispose it).</summary>
    public WqDbContext NewDb() => Services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContext();

    /// <summary>Runs <paramref name="work"/> in a DI scope, for scoped services such as the registration services.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A raw connection to the database file, bypassing the app (for tampering tests).</summary>
    public SqliteConnection OpenRawConnection()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False;Default Timeout=30");
        connection.Open();
        return connection;
    }

    /// <summary>Every file currently in the upload store, relative to its root (the temp folder included).</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(Files.Root)
            ? [.. Directory.EnumerateFiles(Files.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Files.Root, f)).Order()]
            : [];

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteDataDirectory();
        GC.SuppressFinalize(this);
    }

    private void DeleteDataDirectory()
    {
        // Pooled SQLite connections keep the database file open.
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail the run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
