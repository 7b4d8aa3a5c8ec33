using Microsoft.Playwright;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// One headless Debian Chromium (browsers cannot be downloaded here) and many contexts in it:
/// each context has its own cookies, so each signed-in page holds its own Blazor circuit.
/// </summary>
internal sealed class BrowserPool : IAsyncDisposable
{
    public const string DemoPassword = "Wq-demo-2026";
    private const float TimeoutMs = 60_000; // generous: the machine is shared and 50 contexts load it

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<IBrowserContext> _contexts = [];

    private BrowserPool(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("WQ_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<BrowserPool> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: run `apt-get install -y chromium` or set WQ_CHROMIUM.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
        return new BrowserPool(playwright, browser);
    }

    /// <summary>A fresh context signed in through the real login form (static SSR).</summary>
    public async Task<IPage> SignInAsync(string baseUrl, string userName)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(TimeoutMs);
        lock (_contexts) _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.Locator("[id='Input.UserName']").FillAsync(userName);
        await page.Locator("[id='Input.Password']").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));
        return page;
    }

    /// <summary>Navigates and waits until the circuit is up: the layout renders #blazor-interactive only then.</summary>
    public static async Task OpenInteractiveAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("#blazor-interactive",
            new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = TimeoutMs });
    }

    /// <summary>Signs in and opens <paramref name="path"/> in <paramref name="count"/> new contexts, a few at a time.</summary>
    public async Task<IReadOnlyList<IPage>> OpenManyAsync(string baseUrl, string userName, string path, int count, int parallel = 4)
    {
        var pages = new IPage[count];
        using var gate = new SemaphoreSlim(parallel);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                pages[i] = await SignInAsync(baseUrl, userName);
                await OpenInteractiveAsync(pages[i], baseUrl + path);
            }
            finally { gate.Release(); }
        }));
        return pages;
    }

    private ICDPSession? _tracing;

    /// <summary>Starts a Chromium trace of every renderer (devtools timeline categories) over CDP until <see cref="StopTracingAsync"/>.</summary>
    public async Task StartTracingAsync()
    {
        _tracing = await _browser.NewBrowserCDPSessionAsync();
        await _tracing.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["transferMode"] = "ReturnAsStream",
            ["traceConfig"] = new Dictionary<string, object>
            {
                ["includedCategories"] = new[] { "devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8" },
            },
        });
    }

    /// <summary>Ends the trace and reads it back (Chromium's JSON trace format).</summary>
    public async Task<byte[]> StopTracingAsync()
    {
        var session = _tracing ?? throw new InvalidOperationException("no trace is running");
        var complete = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Event("Tracing.tracingComplete").OnEvent += (_, e) => complete.TrySetResult(e!.Value.GetProperty("stream").GetString()!);
        await session.SendAsync("Tracing.end");
        var stream = await complete.Task.WaitAsync(TimeSpan.FromMinutes(2));
        using var buffer = new MemoryStream();
        while (true)
        {
            var chunk = (await session.SendAsync("IO.read", new Dictionary<string, object> { ["handle"] = stream, ["size"] = 1 << 20 }))!.Value;
            var data = chunk.GetProperty("data").GetString() ?? "";
            var bytes = chunk.TryGetProperty("base64Encoded", out var b64) && b64.GetBoolean()
                ? Convert.FromBase64String(data) : System.Text.Encoding.UTF8.GetBytes(data);
            buffer.Write(bytes);
            if (chunk.GetProperty("eof").GetBoolean()) break;
        }
        await session.SendAsync("IO.close", new Dictionary<string, object> { ["handle"] = stream });
        await session.DetachAsync();
        _tracing = null;
        return buffer.ToArray();
    }

    /// <summary>Opens <paramref name="url"/> in <paramref name="count"/> new anonymous contexts and waits for <paramref name="ready"/> in each.</summary>
    public async Task<IReadOnlyList<IPage>> OpenManyAnonymousAsync(string url, int count, Func<IPage, Task> ready, int parallel = 4)
    {
        var pages = new IPage[count];
        using var gate = new SemaphoreSlim(parallel);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
                context.SetDefaultTimeout(TimeoutMs);
                lock (_contexts) _contexts.Add(context);
                pages[i] = await context.NewPageAsync();
                await pages[i].GotoAsync(url);
                await ready(pages[i]);
            }
            finally { gate.Release(); }
        }));
        return pages;
    }

    /// <summary>
    /// The template's Counter page has no interactivity marker: clicks before the circuit is up
    /// are lost, so click until the count moves.
    /// </summary>
    public static async Task WaitForCounterAsync(IPage page)
    {
        for (var i = 0; i < 600; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Click me" }).ClickAsync();
            if (!(await page.Locator("[role=status]").InnerTextAsync()).EndsWith(": 0", StringComparison.Ordinal)) return;
            await page.WaitForTimeoutAsync(100);
        }
        throw new InvalidOperationException("the template's counter never became interactive");
    }

    /// <summary>Pages whose reconnect dialog is not open (for apps without our interactivity marker).</summary>
    public static async Task<int> CountReconnectClosedAsync(IEnumerable<IPage> pages)
    {
        var states = await Task.WhenAll(pages.Select(p => p.EvaluateAsync<bool>(
            "() => !document.getElementById('components-reconnect-modal')?.open")));
        return states.Count(connected => connected);
    }

    /// <summary>Pages whose circuit is still connected (the reconnect dialog is not open).</summary>
    public static async Task<int> CountConnectedAsync(IEnumerable<IPage> pages)
    {
        var states = await Task.WhenAll(pages.Select(p => p.EvaluateAsync<bool>(
            "() => !!document.getElementById('blazor-interactive') && !document.getElementById('components-reconnect-modal')?.open")));
        return states.Count(connected => connected);
    }

    public async ValueTask DisposeAsync()
    {
        IBrowserContext[] contexts;
        lock (_contexts) contexts = [.. _contexts];
        foreach (var context in contexts)
            try { await context.CloseAsync(); } catch (PlaywrightException) { }
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
