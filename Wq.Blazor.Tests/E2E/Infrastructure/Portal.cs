using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E;

/// <summary>Steps every browser test repeats: sign in as a demo account and open an interactive page.</summary>
public static class Portal
{
    public const string DemoPassword = "Wq-demo-2026";

    /// <summary>Signs in through the real login form (static SSR) in a fresh browser context.</summary>
    public static async Task<IPage> SignInAsync(BrowserFixture browser, WqServerFactory server, string userName, bool phone = false,
        string password = DemoPassword)
    {
        var page = phone ? await browser.NewPhonePageAsync() : await browser.NewPageAsync();
        await page.GotoAsync(server.Url("/Account/Login"));
        await page.Locator("[id='Input.UserName']").FillAsync(userName);
        await page.Locator("[id='Input.Password']").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));
        return page;
    }

    /// <summary>Navigates and waits until the circuit is interactive (clicks before that are lost).</summary>
    public static async Task OpenAsync(IPage page, WqServerFactory server, string path)
    {
        await page.GotoAsync(server.Url(path));
        await BrowserFixture.WaitForInteractiveAsync(page);
    }

    /// <summary>Picks an option of a MudSelect identified by its label.</summary>
    public static async Task SelectAsync(IPage page, string label, string option)
    {
        await page.Locator(".mud-select").Filter(new() { HasText = label }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    /// <summary>Asserts the page shows an agreement state chip (by state name) without reloading.</summary>
    public static Task ExpectStateAsync(IPage page, string state) =>
        Expect(page.Locator($".wq-state[data-state='{state}']").First).ToBeVisibleAsync();

    /// <summary>
    /// The reviewer's queue rows (审核工作台) naming this text that the reviewer can decide: rows held at
    /// another gate carry a read-only gate chip instead.
    /// </summary>
    public static ILocator ActionableQueueRow(IPage reviewer, string text) =>
        reviewer.Locator("#workspace-grid tr.queue-row").Filter(new() { HasText = text, HasNot = reviewer.Locator(".gate-chip") });
}
