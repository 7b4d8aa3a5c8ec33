using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Wq.Blazor.Tests.Workflows;
using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E;

/// <summary>
/// The foundation's acceptance flow in real Chromium: graduate confirmation, employer
/// certification by the admin, and registration refusing bad input. Every user gets a browser
/// context of their own (own cookies), as on separate machines.
/// </summary>
[Collection(E2ECollection.Name)]
public class FoundationFlowTests(WqServerFactory server, BrowserFixture browser)
{
    private TestData Data { get; } = new(server.Services);

    /// <summary>Signs in through the static login form and waits until the app has sent us on.</summary>
    private async Task SignInAsync(IPage page, string userName, string password = TestData.DemoPassword)
    {
        await page.GotoAsync(server.Url("/Account/Login"));
        await page.Locator("[id='Input.UserName']").FillAsync(userName);
        await page.Locator("[id='Input.Password']").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The &lt;input&gt; of a MudTextField, whether its id landed on the input or on a wrapper.</summary>
    private static ILocator Input(IPage page, string id) => page.Locator($"input#{id}, #{id} input").First;

    /// <summary>Runs <paramref name="test"/> in a fresh context (screenshot on failure) and closes it.</summary>
    private static async Task InContextAsync(Task<IPage> opening, Func<IPage, Task> test, string name)
    {
        var page = await opening;
        try
        {
            await BrowserFixture.ScreenshotOnFailureAsync(page, () => test(page), name);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Grad1_confirms_the_masked_basic_info_and_enters_the_system()
    {
        await using var db = Data.NewDb();
        var zhang = await db.Graduates.AsNoTracking().SingleAsync(g => g.Name == "张三" && g.UserId != null);

        await InContextAsync(browser.NewPageAsync(), async page =>
        {
            await SignInAsync(page, "grad1");

            // Unconfirmed: every graduate page leads to the confirmation page first (guide §2).
            await Expect(page).ToHaveURLAsync(new Regex("/graduate/confirm$"));
            await Expect(page.Locator("#masked-id")).ToHaveTextAsync(Masking.MaskIdNumber(zhang.IdNumber)!);
            var html = await page.ContentAsync();
            Assert.DoesNotContain(zhang.IdNumber, html);
            Assert.DoesNotContain(zhang.Phone, html);

            await BrowserFixture.WaitForInteractiveAsync(page);
            var confirm = page.GetByRole(AriaRole.Button, new() { Name = "信息确认无误,进入系统" });
            await Expect(confirm).ToHaveIdAsync("confirm-info");
            await confirm.ClickAsync();

            await Expect(page.Locator("#graduate-home")).ToBeVisibleAsync();
            await Expect(page.Locator("#graduate-home")).ToContainTextAsync("张三");
            await Expect(page).ToHaveURLAsync(new Regex("/graduate$"));
        }, nameof(Grad1_confirms_the_masked_basic_info_and_enters_the_system));

        await using var after = Data.NewDb();
        Assert.NotNull((await after.Graduates.AsNoTracking().SingleAsync(g => g.Id == zhang.Id)).InfoConfirmedAt);
    }

    [Fact]
    public async Task Admin_certifies_emp3_and_emp3_is_then_certified()
    {
        // emp3 first sees 待认证 and keeps the page open.
        var waiting = await browser.NewPageAsync();
        try
        {
            await BrowserFixture.ScreenshotOnFailureAsync(waiting, async () =>
            {
                await SignInAsync(waiting, "emp3");
                await Expect(waiting).ToHaveURLAsync(new Regex("/employer$"));
                await Expect(waiting.Locator("#certification-pending")).ToBeVisibleAsync();
                await Expect(waiting.Locator("#certification-ok")).ToHaveCountAsync(0);
                await BrowserFixture.WaitForInteractiveAsync(waiting);
            }, "emp3-pending");

            await InContextAsync(browser.NewPageAsync(), async admin =>
            {
                await SignInAsync(admin, "admin");
                await admin.GotoAsync(server.Url("/admin/employers"));
                await BrowserFixture.WaitForInteractiveAsync(admin);
                var card = admin.Locator("[id^='employer-']").Filter(new() { HasText = "南方物流有限公司" });
                await Expect(card).ToHaveCountAsync(1);
                await Expect(card).ToContainTextAsync("待认证");

                await card.GetByRole(AriaRole.Button, new() { Name = "认证通过", Exact = true }).ClickAsync();

                await Expect(admin.GetByText("已认证:南方物流有限公司")).ToBeVisibleAsync();
                // The list shows 待认证 employers only, so the decided card leaves it.
                await Expect(card).ToHaveCountAsync(0);
            }, "admin-certifies");

            // The page emp3 left open follows the decision live (SPEC §7).
            await BrowserFixture.ScreenshotOnFailureAsync(waiting, async () =>
                await Expect(waiting.Locator("#certification-ok")).ToBeVisibleAsync(), "emp3-live-update");
        }
        finally
        {
            await waiting.Context.CloseAsync();
        }

        // And a fresh sign-in, in a new context, lands on the certified home.
        await InContextAsync(browser.NewPageAsync(), async page =>
        {
            await SignInAsync(page, "emp3");
            await Expect(page.Locator("#certification-ok")).ToBeVisibleAsync();
            await Expect(page.Locator("#certification-pending")).ToHaveCountAsync(0);
        }, "emp3-certified");

        await using var db = Data.NewDb();
        Assert.Equal(CertificationState.Certified,
            (await db.Employers.AsNoTracking().SingleAsync(e => e.Name == "南方物流有限公司")).Certification);
    }

    [Fact]
    public async Task The_confirmation_page_fits_a_375px_phone_without_sideways_scrolling()
    {
        var graduate = await Data.RegisterGraduateAsync();

        await InContextAsync(browser.NewPhonePageAsync(), async page =>
        {
            await SignInAsync(page, graduate.UserName, graduate.Password);
            await Expect(page).ToHaveURLAsync(new Regex("/graduate/confirm$"));
            await BrowserFixture.WaitForInteractiveAsync(page);
            await Expect(page.Locator("#profile-fields")).ToBeVisibleAsync();
            await Expect(page.Locator("#confirm-info")).ToBeVisibleAsync();

            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 375, $"page is {scrollWidth}px wide on a 375px screen");
            var button = await page.Locator("#confirm-info").BoundingBoxAsync();
            Assert.NotNull(button);
            Assert.True(button.X >= 0 && button.X + button.Width <= 375, $"confirm button sticks out: x={button.X} w={button.Width}");
        }, nameof(The_confirmation_page_fits_a_375px_phone_without_sideways_scrolling));
    }

    [Fact]
    public async Task Graduate_registration_with_a_wrong_check_digit_shows_the_field_message_and_creates_nothing()
    {
        var entry = await Data.FreshRosterEntryAsync();
        var wrongId = entry.IdNumber[..17] + (entry.IdNumber[^1] == '1' ? '2' : '1');
        var userName = $"e2e-badid-{TestData.Next()}";

        await InContextAsync(browser.NewPhonePageAsync(), async page =>
        {
            await page.GotoAsync(server.Url("/register/graduate"));
            await BrowserFixture.WaitForInteractiveAsync(page);
            await Input(page, "reg-name").FillAsync(entry.Name);
            await Input(page, "reg-id").FillAsync(wrongId);
            await Input(page, "reg-phone").FillAsync(entry.Phone);

            await page.Locator("#reg-send-code").ClickAsync();

            await Expect(page.GetByText("身份证号校验位不正确")).ToBeVisibleAsync();
            await Expect(page.Locator("#register-success")).ToHaveCountAsync(0);
        }, nameof(Graduate_registration_with_a_wrong_check_digit_shows_the_field_message_and_creates_nothing));

        await using var db = Data.NewDb();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == userName));
        Assert.Null(await db.Graduates.Where(g => g.Id == entry.GraduateId).Select(g => g.UserId).SingleAsync());
    }

    [Fact]
    public async Task Graduate_registration_takes_the_mailed_code_in_a_second_step_and_binds_the_account()
    {
        var entry = await Data.FreshRosterEntryAsync();
        var userName = $"e2e-reg-{TestData.Next()}";

        await InContextAsync(browser.NewPhonePageAsync(), async page =>
        {
            await page.GotoAsync(server.Url("/register/graduate"));
            await BrowserFixture.WaitForInteractiveAsync(page);
            await Input(page, "reg-name").FillAsync(entry.Name);
            await Input(page, "reg-id").FillAsync(entry.IdNumber);
            await Input(page, "reg-phone").FillAsync(entry.Phone);
            await page.Locator("#reg-send-code").ClickAsync();
            await Expect(page.Locator("#register-code-sent")).ToBeVisibleAsync();

            await Input(page, "reg-code").FillAsync(await Data.LastMailedCodeAsync(entry.Email!));
            await Input(page, "reg-user").FillAsync(userName);
            await Input(page, "reg-password").FillAsync(TestData.StrongPassword);
            await Input(page, "reg-confirm").FillAsync(TestData.StrongPassword);
            await page.Locator("#reg-submit").ClickAsync();

            await Expect(page.Locator("#register-success")).ToBeVisibleAsync();
        }, nameof(Graduate_registration_takes_the_mailed_code_in_a_second_step_and_binds_the_account));

        await using var db = Data.NewDb();
        Assert.Equal(entry.GraduateId, await db.Users.Where(u => u.UserName == userName).Select(u => u.GraduateId).SingleAsync());
    }
}
