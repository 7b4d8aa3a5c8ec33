using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// The built app (Wq.Blazor/bin/Release/net10.0/Wq.Blazor.dll) in a process of its own, as an
/// operator starts it: `dotnet Wq.Blazor.dll --urls http://127.0.0.1:PORT` in Development with
/// its own data folder, so demo data is seeded on first start. The working directory is
/// Wq.Blazor/, the content root, so the app reads appsettings.Development.json there and the
/// repository-root appsettings.json one level up (ConfigurationSetup.AddOperatorSettings).
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _clock;
    private readonly Queue<string> _tail = new();
    private TimeSpan? _listening;

    private AppProcess(Process process, Stopwatch clock, string baseUrl)
    {
        _process = process;
        _clock = clock;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }
    public string? DataDirectory { get; private set; }
    public int Pid => _process.Id;

    /// <summary>When the app logged "Now listening on" (after migrate and seed), from process start.</summary>
    public TimeSpan? ListeningAt { get { lock (_tail) return _listening; } }

    public static string AppDirectory => Path.Combine(RepoRoot(), "Wq.Blazor");
    public static string AppDll => Path.Combine(AppDirectory, "bin", "Release", "net10.0", "Wq.Blazor.dll");

    /// <summary>`dotnet run -c Release` of this project builds the app too; build it only if it is missing.</summary>
    public static void EnsureBuilt()
    {
        if (!File.Exists(AppDll))
        {
            Console.WriteLine("building Wq.Blazor (Release)...");
            using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q",
                Path.Combine(AppDirectory, "Wq.Blazor.csproj")]))!;
            build.WaitForExit();
            if (build.ExitCode != 0 || !File.Exists(AppDll)) throw new InvalidOperationException("Release build of Wq.Blazor failed.");
        }
        Console.WriteLine($"app: {AppDll} (built {File.GetLastWriteTime(AppDll):yyyy-MM-dd HH:mm:ss})");
    }

    /// <summary>A fresh folder under the temp directory; the caller deletes it with <see cref="DeleteDirectory"/>.</summary>
    public static string NewDataDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "wq-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Where <see cref="EnsurePublished"/> puts the app, as an operator's `dotnet publish` does.</summary>
    public static string PublishDirectory => Path.Combine(AppDirectory, "bin", "Release", "publish");

    /// <summary>
    /// Runs the README's publish command (ReadyToRun, the project's default for publish) into
    /// <see cref="PublishDirectory"/>; incremental, so a second run only copies what changed.
    /// </summary>
    public static string EnsurePublished()
    {
        Console.WriteLine($"publishing Wq.Blazor (Release, ReadyToRun) to {PublishDirectory}...");
        using var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", "-c", "Release", "--nologo", "-v", "q",
            "-o", PublishDirectory, Path.Combine(AppDirectory, "Wq.Blazor.csproj")]))!;
        publish.WaitForExit();
        var dll = Path.Combine(PublishDirectory, "Wq.Blazor.dll");
        if (publish.ExitCode != 0 || !File.Exists(dll)) throw new InvalidOperationException("dotnet publish of Wq.Blazor failed.");
        Console.WriteLine($"app: {dll} (published {File.GetLastWriteTime(dll):yyyy-MM-dd HH:mm:ss})");
        return dll;
    }

    /// <summary>The published app in <see cref="PublishDirectory"/>, started from that folder as in production.</summary>
    public static AppProcess StartPublished(string dataDirectory, string environment = "Development") =>
        Start(dataDirectory, environment, Path.Combine(PublishDirectory, "Wq.Blazor.dll"), PublishDirectory);

    public static AppProcess Start(string dataDirectory, string environment = "Development") =>
        Start(dataDirectory, environment, AppDll, AppDirectory);

    private static AppProcess Start(string dataDirectory, string environment, string dll, string workingDirectory)
    {
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["Wq__DataDirectory"] = dataDirectory,
            ["Demo__Seed"] = "true", // appsettings.Development.json says so too; be explicit
            // Many contexts sign in as one demo account from 127.0.0.1 (see InProcessServer).
            ["Wq__SignInLimits__PerClientPerMinute"] = "100000",
            ["Wq__SignInLimits__PerAccountPer15Minutes"] = "100000",
        };
        var app = StartDll(dll, workingDirectory, env, environment == "Development" ? null : "Wq__PublicBaseUrl");
        app.DataDirectory = dataDirectory;
        return app;
    }

    /// <summary>
    /// Any built ASP.NET Core app on a free loopback port. <paramref name="publicUrlVariable"/>, if
    /// given, receives the base URL (Wq refuses to start outside Development without one).
    /// </summary>
    public static AppProcess StartDll(string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, string? publicUrlVariable = null)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", baseUrl])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment) info.Environment[key] = value;
        if (publicUrlVariable is not null) info.Environment[publicUrlVariable] = baseUrl;
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var app = new AppProcess(process, clock, baseUrl);
        process.OutputDataReceived += (_, e) => app.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => app.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Polls GET /Account/Login until it answers 200; returns the time from process start.</summary>
    public Task<TimeSpan> WaitForLoginPageAsync(TimeSpan timeout) => WaitForPageAsync("/Account/Login", timeout);

    /// <summary>Polls GET <paramref name="path"/> until it answers 200; returns the time from process start.</summary>
    public async Task<TimeSpan> WaitForPageAsync(string path, TimeSpan timeout)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        { Timeout = TimeSpan.FromSeconds(30) };
        while (_clock.Elapsed < timeout)
        {
            if (_process.HasExited) throw Failure($"app exited with code {_process.ExitCode} before serving the login page");
            try
            {
                using var response = await http.GetAsync(BaseUrl + path);
                if (response.StatusCode == HttpStatusCode.OK) return _clock.Elapsed;
                throw Failure($"GET {path} answered {(int)response.StatusCode}");
            }
            catch (HttpRequestException)
            {
                // Not listening yet (it listens only after migrate and seed).
            }
            await Task.Delay(20);
        }
        throw Failure($"login page not served within {timeout.TotalSeconds:0} s");
    }

    /// <summary>The last output line containing <paramref name="text"/>, from that text on.</summary>
    public string? LastLine(string text)
    {
        lock (_tail)
        {
            var line = _tail.LastOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            return line?[line.IndexOf(text, StringComparison.Ordinal)..];
        }
    }

    /// <summary>CPU time (user + system, all threads) the app has used so far: less sensitive to other load than wall time.</summary>
    public TimeSpan CpuTime
    {
        get { _process.Refresh(); return _process.TotalProcessorTime; }
    }

    /// <summary>VmRSS, RssAnon (heap, stacks: no mapped files) and VmHWM of the app from /proc, in KB; its thread count.</summary>
    public ProcMemory ReadMemory()
    {
        long Kb(string[] lines, string key) =>
            long.Parse(lines.First(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim().Split(' ')[0]);
        var status = File.ReadAllLines($"/proc/{Pid}/status");
        return new ProcMemory(Kb(status, "VmRSS:"), Kb(status, "RssAnon:"), Kb(status, "VmHWM:"), (int)Kb(status, "Threads:"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM first: the host shuts down gracefully and leaves a clean SQLite file behind.
            _ = SysKill(_process.Id, 15);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try { await _process.WaitForExitAsync(cts.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); await _process.WaitForExitAsync(); }
        }
        _process.Dispose();
    }

    public static void DeleteDirectory(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        lock (_tail)
        {
            if (_listening is null && line.Contains("Now listening on", StringComparison.Ordinal)) _listening = _clock.Elapsed;
            _tail.Enqueue(line);
            if (_tail.Count > 40) _tail.Dequeue();
        }
    }

    private InvalidOperationException Failure(string message)
    {
        lock (_tail) return new InvalidOperationException($"{message}. Last output:\n  {string.Join("\n  ", _tail)}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Wq.Blazor.sln"))) return dir.FullName;
        throw new InvalidOperationException("Wq.Blazor.sln not found above the benchmark or the current directory.");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SysKill(int pid, int signal);
}

/// <summary>Resident memory of a process, in KB, and its thread count (each thread's stack is resident too).</summary>
internal readonly record struct ProcMemory(long RssKb, long RssAnonKb, long PeakRssKb, int Threads);
