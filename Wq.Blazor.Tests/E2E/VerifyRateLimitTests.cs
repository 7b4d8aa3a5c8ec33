using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E;

/// <summary>Its own server: exhausting the limiter for 127.0.0.1 must not block other tests' checks.</summary>
public sealed class RateLimitedServer : WqServerFactory;

/// <summary>The public /verify page is rate-limited per client address, and a reload does not reset it (SPEC §6).</summary>
[Collection(E2ECollection.Name)]
public sealed class VerifyRateLimitTests(RateLimitedServer server, BrowserFixture browser) : IClassFixture<RateLimitedServer>
{
    [Fact]
    public Task Guessing_codes_is_stopped_after_20_checks_a_minute_even_across_reloads() => browser.RunPageAsync(async page =>
    {
        await Portal.OpenAsync(page, server, "/verify");
        await page.Locator("#verify-number").FillAsync("2027109992000001");
        await page.Locator("#verify-code").FillAsync("WRONG");
        await page.Locator("#verify-submit").ClickAsync();
        await Expect(page.Locator("#verify-error")).ToHaveTextAsync("协议书编号或验证码不正确");
        for (var i = 0; i < 20; i++) await page.Locator("#verify-submit").ClickAsync();
        await Expect(page.Locator("#verify-error")).ToHaveTextAsync("查询过于频繁,请稍后再试");

        await Portal.OpenAsync(page, server, "/verify?n=2027109992000001&c=WRONG");
        await Expect(page.Locator("#verify-error")).ToHaveTextAsync("查询过于频繁,请稍后再试");
    });
}
