using Wq.Blazor.Domain.Validation;
using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E;

/// <summary>用人单位注册 in the browser: the licence upload, a refused fake PDF, then success and 待认证.</summary>
[Collection(E2ECollection.Name)]
public sealed class EmployerRegistrationFlowTests(WqServerFactory server, BrowserFixture browser)
{
    [Fact]
    public Task An_employer_registers_with_a_licence_scan_and_waits_for_certification() => browser.RunPageAsync(async page =>
    {
        var first17 = $"91440300MA5{Random.Shared.Next(100000, 999999)}";
        var code = first17 + UnifiedSocialCreditCode.ComputeCheckChar(first17);
        var userName = $"e2e-emp-{Guid.NewGuid():N}"[..16];
        var dir = Directory.CreateTempSubdirectory("wq-e2e-").FullName;
        var fake = Path.Combine(dir, "licence.pdf");
        await File.WriteAllBytesAsync(fake, [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]); // an .exe header
        var real = Path.Combine(dir, "licence2.pdf");
        await File.WriteAllTextAsync(real, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

        await Portal.OpenAsync(page, server, "/register/employer");
        await page.Locator("#emp-name").FillAsync("前海测试科技有限公司");
        await page.Locator("#emp-code").FillAsync(code);
        await Portal.SelectAsync(page, "单位性质", "其他企业");
        await Portal.SelectAsync(page, "单位行业", "制造业");
        await Portal.SelectAsync(page, "单位所在地", "深圳市");
        await page.GetByLabel("详细地址").FillAsync("深圳市南山区测试路8号");
        await page.Locator("#emp-contact").FillAsync("吴经理");
        await page.Locator("#emp-phone").FillAsync("075588886666");
        await page.Locator("#emp-email").FillAsync("hr@qh.example.cn");
        await page.Locator("#emp-user").FillAsync(userName);
        await page.Locator("#emp-password").FillAsync("Harbor-lantern-quiet-73");

        await page.Locator("#emp-licence").SetInputFilesAsync(fake);
        await page.Locator("#emp-submit").ClickAsync();
        await Expect(page.Locator("#register-error")).ToContainTextAsync("不是有效的 JPG、PNG 或 PDF 文件");

        await page.Locator("#emp-licence").SetInputFilesAsync(real);
        await page.Locator("#emp-submit").ClickAsync();
        await Expect(page.Locator("#register-success")).ToContainTextAsync("待认证");

        var signedIn = await Portal.SignInAsync(browser, server, userName, password: "Harbor-lantern-quiet-73");
        await Portal.OpenAsync(signedIn, server, "/employer");
        await Expect(signedIn.Locator("#certification-pending")).ToBeVisibleAsync();
        await signedIn.Context.CloseAsync();
    });
}
