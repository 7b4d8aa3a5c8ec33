using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E;

/// <summary>Blazor Server and MudBlazor work under the app's CSP: the circuit connects, no violation is reported.</summary>
[Collection(E2ECollection.Name)]
public class ContentSecurityPolicyTests(WqServerFactory server, BrowserFixture browser)
{
    [Fact]
    public async Task Sign_in_and_an_interactive_page_run_without_a_single_CSP_violation()
    {
        var page = await Portal.SignInAsync(browser, server, "emp1");
        try
        {
            var violations = new List<string>();
            page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(m.Text); };
            var response = await page.GotoAsync(server.Url("/employer"));
            Assert.Contains("script-src 'self' 'nonce-", (await response!.AllHeadersAsync())["content-security-policy"]);

            // Interactive: the import map, blazor.web.js, MudBlazor's script and the circuit's WebSocket all ran.
            await BrowserFixture.WaitForInteractiveAsync(page);
            await Expect(page.Locator(".mud-appbar")).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            Assert.True(violations.Count == 0, "CSP violations:\n" + string.Join("\n", violations));
            Assert.True(browser.CspViolations.IsEmpty, "CSP violations in this run:\n" + string.Join("\n", browser.CspViolations));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
