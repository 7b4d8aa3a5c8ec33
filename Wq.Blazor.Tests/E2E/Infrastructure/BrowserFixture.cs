using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Wq.Blazor.Tests.E2E;

/// <summary>
/// One headless Debian Chromium for a test collection, driven by Playwright. Browsers cannot be
/// downloaded on our machines, so it launches the system chromium (<c>apt-get install chromium</c>,
/// or the path in WQ_CHROMIUM); Playwright's own driver ships in its NuGet package.
/// Each test should use its own context (<see cref="NewPageAsync"/>): separate cookies, so
/// several users can be signed in at once.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const int DefaultTimeoutMs = 20_000;

    private readonly List<IBrowserContext> _contexts = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Browser not started.");

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("WQ_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Folder for screenshots of failed tests: $WQ_TEST_RESULTS/screenshots, else TestResults/screenshots beside the solution.</summary>
    public static string ScreenshotDirectory => Path.Combine(TestResultsDirectory(), "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}. Run `apt-get install -y chromium` (scripts/test.sh does) or set WQ_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the networking flags Chromium keeps dialling Google hosts that the
            // closed network refuses; --no-sandbox because tests run as root.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A page in a fresh context (own cookies) with a desktop viewport.</summary>
    public Task<IPage> NewPageAsync(int width = 1280, int height = 800) =>
        NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

    /// <summary>A page in a fresh context sized and behaving like a phone (375×812, touch).</summary>
    public Task<IPage> NewPhonePageAsync() =>
        NewPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            IsMobile = true,
            HasTouch = true,
        });

    /// <summary>Console reports of Content-Security-Policy violations from any page of this fixture.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> CspViolations { get; } = [];

    public async Task<IPage> NewPageAsync(BrowserNewContextOptions options)
    {
        // The portal's users read Chinese; ask for it the way their browsers do.
        options.Locale ??= "zh-CN";
        options.TimezoneId ??= "Asia/Shanghai";
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(DefaultTimeoutMs);
        // Every page runs under the app's Content-Security-Policy; a violation is a bug to see.
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                CspViolations.Add($"{message.Page?.Url}: {message.Text}");
        };
        lock (_contexts)
        {
            _contexts.Add(context);
        }
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Waits until the Blazor circuit is interactive: the layout renders
    /// <c>&lt;span id="blazor-interactive" hidden&gt;</c> only then. Clicks before that are lost.
    /// </summary>
    public static Task WaitForInteractiveAsync(IPage page, float timeoutMs = DefaultTimeoutMs) =>
        page.WaitForSelectorAsync("#blazor-interactive",
            new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = timeoutMs });

    /// <summary>
    /// Runs <paramref name="test"/>; if it throws, saves a full-page screenshot of
    /// <paramref name="page"/> to <see cref="ScreenshotDirectory"/> (named after the test) and rethrows.
    /// </summary>
    public static async Task ScreenshotOnFailureAsync(IPage page, Func<Task> test, [CallerMemberName] string testName = "")
    {
        try
        {
            await test();
        }
        catch
        {
            await TrySaveScreenshotAsync(page, testName);
            throw;
        }
    }

    /// <summary>Opens a desktop page, runs <paramref name="test"/> with a screenshot on failure, closes the context.</summary>
    public async Task RunPageAsync(Func<IPage, Task> test, int width = 1280, [CallerMemberName] string testName = "")
    {
        var page = await NewPageAsync(width);
        try
        {
            await ScreenshotOnFailureAsync(page, () => test(page), testName);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    public static async Task TrySaveScreenshotAsync(IPage page, string name)
    {
        try
        {
            Directory.CreateDirectory(ScreenshotDirectory);
            var safe = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
            var file = Path.Combine(ScreenshotDirectory, $"{safe}-{DateTime.Now:HHmmss}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Timeout = 5_000 });
            Console.Error.WriteLine($"Screenshot of failed test: {file}");
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"Could not save a screenshot for {name}: {e.Message}");
        }
    }

    public async Task DisposeAsync()
    {
        IBrowserContext[] contexts;
        lock (_contexts)
        {
            contexts = [.. _contexts];
        }
        foreach (var context in contexts)
        {
            try { await context.CloseAsync(); } catch (PlaywrightException) { }
        }
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
    }

    private static string TestResultsDirectory()
    {
        if (Environment.GetEnvironmentVariable("WQ_TEST_RESULTS") is { Length: > 0 } fromScript)
        {
            return fromScript;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wq.Blazor.sln")))
            {
                return Path.Combine(dir.FullName, "TestResults");
            }
        }
        return Path.Combine(AppContext.BaseDirectory, "TestResults");
    }
}
