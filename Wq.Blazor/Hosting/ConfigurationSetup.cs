using Microsoft.Extensions.Configuration.Json;

using Wq.Blazor.Infrastructure;
using Wq.Blazor.Infrastructure.Identity;

namespace Wq.Blazor.Hosting;

public static class ConfigurationSetup
{
    /// <summary>
    /// Reads the repository-root appsettings.json (copied beside the binaries at build) as the
    /// base layer, under appsettings.{Environment}.json, environment variables and the command line.
    /// </summary>
    public static void AddOperatorSettings(this WebApplicationBuilder builder)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var rootFile = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, "..", "appsettings.json"));
        // Running from source: prefer the root file itself so an edit takes effect without a rebuild.
        if (File.Exists(rootFile)) path = rootFile;
        if (!File.Exists(path)) return;
        var source = new JsonConfigurationSource { Path = path, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        ((IConfigurationBuilder)builder.Configuration).Sources.Insert(0, source);
    }

    public static string ResolveDataDirectory(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[$"{WqOptions.Section}:DataDirectory"] ?? "App_Data";
        var dir = Path.GetFullPath(Path.IsPathRooted(configured)
            ? configured
            : Path.Combine(builder.Environment.ContentRootPath, configured));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
