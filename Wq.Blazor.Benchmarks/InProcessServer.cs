using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Infrastructure;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// The whole app on a real Kestrel (127.0.0.1, free port) inside the benchmark process, with
/// fresh seeded demo data, so a benchmark can call the app's services directly while real
/// browsers watch. The type argument is any type of the app's assembly: this project's own
/// top-level statements already make a `Program`.
/// </summary>
internal sealed class InProcessServer : WebApplicationFactory<WqOptions>
{
    private readonly string _dataDirectory = AppProcess.NewDataDirectory();
    private readonly (string Key, string Value)[] _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Replaces or removes app services before start (e.g. the hosted PDF worker, to run it by hand).</param>
    /// <param name="settings">Extra settings, e.g. Demo:BulkGraduates for the batch benchmark.</param>
    public InProcessServer(Action<IServiceCollection>? services, params (string Key, string Value)[] settings)
    {
        (_services, _settings) = (services, settings);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DataDirectory => _dataDirectory;

    public string BaseUrl { get; private set; } = "";

    public static InProcessServer Start(params (string Key, string Value)[] settings) => Start(null, settings);

    public static InProcessServer Start(Action<IServiceCollection>? services, params (string Key, string Value)[] settings)
    {
        var server = new InProcessServer(services, settings);
        server.StartServer();
        server.BaseUrl = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().TrimEnd('/');
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Wq:DataDirectory", _dataDirectory);
        builder.UseSetting("Demo:Seed", "true");
        // Every watcher signs in as the same demo account from 127.0.0.1; the production limits
        // (10 per account per 15 minutes) would refuse all but the first few.
        builder.UseSetting("Wq:SignInLimits:PerClientPerMinute", "100000");
        builder.UseSetting("Wq:SignInLimits:PerAccountPer15Minutes", "100000");
        // Console logging of every request would be measured along with the app.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.HttpsPolicy", "Error");
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools(); // pooled connections keep the file open
        AppProcess.DeleteDirectory(_dataDirectory);
    }
}
