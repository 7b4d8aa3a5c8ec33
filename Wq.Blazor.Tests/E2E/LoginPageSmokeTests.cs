using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E;

[Collection(E2ECollection.Name)]
public class LoginPageSmokeTests(WqServerFactory server, BrowserFixture browser)
{
    [Fact]
    public Task Root_leads_to_a_login_page_with_a_password_form() => browser.RunPageAsync(async page =>
    {
        var failedAssets = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal) && response.Status >= 400)
            {
                failedAssets.Add($"{response.Status} {response.Url}");
            }
        };

        var root = await page.GotoAsync(server.BaseUrl + "/");
        Assert.NotNull(root);
        Assert.True(root.Ok, $"GET / answered {root.Status}");

        // Follow the page's own link to the login page when it has one (or was redirected there).
        if (!page.Url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase))
        {
            var loginLink = page.Locator("a[href*='Account/Login' i]").First;
            if (await loginLink.CountAsync() > 0)
            {
                await loginLink.ClickAsync();
            }
            else
            {
                await page.GotoAsync(server.Url("/Account/Login"));
            }
        }

        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login", RegexOptions.IgnoreCase));
        // Language-neutral: a form with a password field, whatever its labels say.
        await Expect(page.Locator("form input[type=password]").First).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()), "login page has no <title>");

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(failedAssets.Count == 0, "requests failed: " + string.Join(", ", failedAssets));
    });

    [Fact]
    public Task Blazor_script_is_served() => browser.RunPageAsync(async page =>
    {
        var response = await page.APIRequest.GetAsync(server.Url("/_framework/blazor.web.js"));
        Assert.Equal(200, response.Status);
        Assert.Contains("javascript", response.Headers["content-type"], StringComparison.OrdinalIgnoreCase);
    });

    [Fact]
    public Task Phone_sized_login_page_shows_the_password_field() => RunPhoneAsync(async page =>
    {
        await page.GotoAsync(server.Url("/Account/Login"));
        await Expect(page.Locator("form input[type=password]").First).ToBeVisibleAsync();
        var box = await page.Locator("form input[type=password]").First.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 375, $"password field sticks out of a 375px screen: x={box.X} w={box.Width}");
    });

    private async Task RunPhoneAsync(Func<IPage, Task> test, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        var page = await browser.NewPhonePageAsync();
        try
        {
            await BrowserFixture.ScreenshotOnFailureAsync(page, () => test(page), testName);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
