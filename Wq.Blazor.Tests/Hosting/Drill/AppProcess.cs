using System.Diagnostics;
using System.Net;

namespace Wq.Blazor.Tests.Hosting.Drill;

/// <summary>
/// The app's own build output (<c>Wq.Blazor/bin/{config}/{tfm}/Wq.Blazor.dll</c>, built with the
/// tests) run as a separate process on one data folder, so it can be SIGKILLed like a real crash.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private AppProcess(Process process) => _process = process;

    public static string AppDll
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var (tfm, config) = (output.Name, output.Parent!.Name);
            var root = output;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Wq.Blazor.sln"))) root = root.Parent;
            var dll = Path.Combine(root!.FullName, "Wq.Blazor", "bin", config, tfm, "Wq.Blazor.dll");
            Assert.True(File.Exists(dll), $"the app's build output is missing: {dll}");
            return dll;
        }
    }

    public static AppProcess Start(string dataDirectory, int port, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(AppDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["Wq__DataDirectory"] = dataDirectory;
        info.Environment["Mail__PollSeconds"] = "1";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var app = new AppProcess(new Process { StartInfo = info });
        app._process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (app._lines) app._lines.Add(e.Data); };
        app._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (app._lines) app._lines.Add(e.Data); };
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        app._process.StandardInput.Close();
        return app;
    }

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Lines { get { lock (_lines) return [.. _lines]; } }

    public string Output => string.Join('\n', Lines);

    /// <summary>SIGKILL on Unix: no shutdown hooks, no flushing, like a power cut for the process.</summary>
    public void Crash()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(); // drains the readers: every line the child wrote before dying is in Lines
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (_process.HasExited && !condition()) throw new InvalidOperationException($"the app exited before {what}:\n{Output}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"timed out waiting for {what}:\n{Output}");
            await Task.Delay(50);
        }
    }

    public async Task WaitReadyAsync(int port, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var ready = false;
        var probe = Task.Run(async () =>
        {
            while (!ready && !_process.HasExited)
            {
                try { ready = (await http.GetAsync($"http://127.0.0.1:{port}/health/ready")).StatusCode == HttpStatusCode.OK; }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                if (!ready) await Task.Delay(200);
            }
        });
        await WaitUntilAsync(() => ready, timeout, "/health/ready");
        await probe;
    }

    public void Dispose()
    {
        try { Crash(); } catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
