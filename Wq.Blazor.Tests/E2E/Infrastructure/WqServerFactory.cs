using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Wq.Blazor.Tests.E2E;

/// <summary>
/// Runs the whole app on a real Kestrel server (127.0.0.1, random free port) inside the test
/// process, so a real browser can reach it. Each factory gets its own temporary data folder
/// (database, uploads) and seeded demo data; the folder is deleted on dispose.
/// Use as an xunit fixture: <see cref="InitializeAsync"/> starts the server.
/// </summary>
public class WqServerFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string? _baseUrl;

    public WqServerFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "wq-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        // Port 0: the OS picks a free port, so parallel test runs never collide.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The temporary folder passed to the app as <c>Wq:DataDirectory</c>.</summary>
    public string DataDirectory { get; }

    /// <summary>Root URL of the running server, without a trailing slash, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl => _baseUrl ?? throw new InvalidOperationException("Server not started: call InitializeAsync (xunit does for fixtures).");

    /// <summary>Absolute URL for an app-relative path ("/Account/Login" or "Account/Login").</summary>
    public string Url(string path) => BaseUrl + "/" + path.TrimStart('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseWqTestSettings(DataDirectory);
        // Serve wwwroot, scoped CSS and package assets (MudBlazor) from the build output.
        builder.UseStaticWebAssets();
    }

    public Task InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        _baseUrl = addresses?.FirstOrDefault()?.TrimEnd('/')
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteDataDirectory();
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            DeleteDataDirectory();
        }
    }

    private void DeleteDataDirectory()
    {
        // Pooled SQLite connections keep the database file open.
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
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
