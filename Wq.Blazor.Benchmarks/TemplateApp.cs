using System.Diagnostics;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// The stock `dotnet new blazor` app (Server interactivity, its Counter page), created and built
/// in Release in a temporary folder, so circuit memory can be compared with a known floor on the
/// same machine in the same run. The template needs no packages, so it builds offline.
/// </summary>
internal static class TemplateApp
{
    const string Name = "StockBlazor";

    /// <summary>Creates and builds the template once per temp folder; returns the app's dll.</summary>
    public static string EnsureBuilt()
    {
        var root = Path.Combine(Path.GetTempPath(), "wq-bench-template");
        var dll = Path.Combine(root, "bin", "Release", "net10.0", Name + ".dll");
        if (!File.Exists(dll))
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
            Console.WriteLine($"creating and building the stock Blazor template in {root}...");
            Run("new", "blazor", "--name", Name, "--output", root, "--interactivity", "Server", "--no-https");
            Run("build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(root, Name + ".csproj"));
            if (!File.Exists(dll)) throw new InvalidOperationException($"template build produced no {dll}");
        }
        Console.WriteLine($"template: {dll} (built {File.GetLastWriteTime(dll):yyyy-MM-dd HH:mm:ss})");
        return dll;
    }

    static void Run(params string[] args)
    {
        // Outside any repository folder: our Directory.Build.props must not apply to the template.
        using var p = Process.Start(new ProcessStartInfo("dotnet", args) { WorkingDirectory = Path.GetTempPath() })!;
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed ({p.ExitCode})");
    }
}
