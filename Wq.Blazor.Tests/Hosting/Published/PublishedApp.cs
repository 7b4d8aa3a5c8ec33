using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Wq.Blazor.Tests.Hosting.Published;

/// <summary>
/// The app as an operator gets it: <c>dotnet publish -c Release</c> once per test run, then
/// <c>dotnet Wq.Blazor.dll ...</c> as separate processes on an empty data folder.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    public string PublishDirectory { get; } = Path.Combine(Path.GetTempPath(), "wq-tests", "publish-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var project = Path.Combine(RepositoryRoot(), "Wq.Blazor", "Wq.Blazor.csproj");
        // Without ReadyToRun (the publish default, ADR 0021): it changes code generation, not
        // behaviour, and compiling every assembly ahead would add minutes to each test run.
        var (exit, output) = await RunAsync("dotnet", ["publish", project, "-c", "Release", "-o", PublishDirectory, "--nologo", "-v", "quiet",
            "-p:PublishReadyToRun=false"],
            environment: new(), stdin: null, timeout: TimeSpan.FromMinutes(8));
        Assert.True(exit == 0, "dotnet publish failed:\n" + output);
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(PublishDirectory, true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    /// <summary>Runs the published app to completion (an operator command, or a refused start).</summary>
    public Task<(int Exit, string Output)> RunToEndAsync(Dictionary<string, string> environment, string? stdin, params string[] args) =>
        RunAsync("dotnet", [Path.Combine(PublishDirectory, "Wq.Blazor.dll"), .. args], environment, stdin, TimeSpan.FromMinutes(2));

    /// <summary>Starts the web server and waits until /health/ready answers 200.</summary>
    public async Task<Process> StartServerAsync(Dictionary<string, string> environment, int port)
    {
        var start = Start("dotnet", [Path.Combine(PublishDirectory, "Wq.Blazor.dll")], environment, out var output);
        start.StandardInput.Close();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (start.HasExited) throw new InvalidOperationException($"server exited with {start.ExitCode}:\n{output}");
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/health/ready");
                if ((await http.SendAsync(request)).StatusCode == HttpStatusCode.OK) return start;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        start.Kill(entireProcessTree: true);
        throw new TimeoutException("server did not become ready:\n" + output);
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<(int, string)> RunAsync(string file, string[] args, Dictionary<string, string> environment, string? stdin, TimeSpan timeout)
    {
        using var process = Start(file, args, environment, out var output);
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out:\n" + output);
        }
        process.WaitForExit(); // drains the output readers
        return (process.ExitCode, output.ToString());
    }

    private static Process Start(string file, string[] args, Dictionary<string, string> environment, out StringBuilder output)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var buffer = new StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (buffer) buffer.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (buffer) buffer.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = buffer;
        return process;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Wq.Blazor.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Wq.Blazor.sln not found above the test output folder.");
    }
}
