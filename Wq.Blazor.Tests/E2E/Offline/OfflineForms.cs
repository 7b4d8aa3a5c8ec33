using Microsoft.Playwright;
using Wq.Blazor.Domain.Validation;
using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E.Offline;

/// <summary>Filling the graduate's offline forms and reviewing them, as a person would in the browser.</summary>
internal static class OfflineForms
{
    public const string First17 = "91310115MA1K4B7T0";
    public static readonly string CreditCode = First17 + UnifiedSocialCreditCode.ComputeCheckChar(First17);

    public static FilePayload Png(string name) =>
        new() { Name = name, MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] };

    public static async Task FillAsync(IPage page, string employer, string position)
    {
        await page.Locator("#e-name").FillAsync(employer);
        await page.Locator("#e-code").FillAsync(CreditCode);
        await Portal.SelectAsync(page, "单位性质", "其他企业");
        await Portal.SelectAsync(page, "单位行业", "批发和零售业");
        await Portal.SelectAsync(page, "单位所在地", "上海市");
        await page.Locator("#e-address").FillAsync("上海市浦东新区远方路8号");
        await page.Locator("#e-contact").FillAsync("赵经理");
        await page.Locator("#e-phone").FillAsync("021-55550123");
        await page.Locator("#t-position").FillAsync(position);
        await Portal.SelectAsync(page, "工作职位类别", "工程技术人员");
        await page.Locator("#t-location").FillAsync("上海市浦东新区");
        await page.Locator("#t-salary").FillAsync("15000");
        await Portal.SelectAsync(page, "档案接收", "单位接收");
    }

    /// <summary>Opens the item's review page and gives the decision; the page then says it left the gate.</summary>
    public static async Task DecideAsync(IPage reviewer, WqServerFactory server, string path, string decision = "approve", string? opinion = null)
    {
        await Portal.OpenAsync(reviewer, server, path);
        if (opinion is not null) await reviewer.Locator("#review-opinion").FillAsync(opinion);
        await reviewer.Locator($"#review-{decision}").ClickAsync();
        await Expect(reviewer.Locator("#review-not-pending")).ToBeVisibleAsync();
    }

    public static long IdFromUrl(IPage page) => long.Parse(page.Url.TrimEnd('/').Split('/')[^1]);
}
