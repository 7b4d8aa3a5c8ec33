using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E.Signing;

/// <summary>
/// The whole online-signing story across four browser contexts: every step must show up on the
/// counterpart's already-open page without a reload.
/// </summary>
internal static class OnlineSigningFlow
{
    public static async Task RunAsync(BrowserFixture browser, WqServerFactory server, string idNumber, bool phone)
    {
        var graduate = await Portal.SignInAsync(browser, server, "grad2", phone);
        var employer = await Portal.SignInAsync(browser, server, "emp1");
        var dept = await Portal.SignInAsync(browser, server, "dept1");
        var school = await Portal.SignInAsync(browser, server, "school1");
        try
        {
            await Portal.OpenAsync(graduate, server, "/graduate/invitations");
            await Expect(graduate.Locator("#no-invitations")).ToBeVisibleAsync();
            await Portal.OpenAsync(dept, server, "/review");
            await Portal.OpenAsync(school, server, "/review");
            await Expect(dept.Locator("#queue-empty")).ToBeVisibleAsync();

            // emp1 finds 李四 by 姓名 + 身份证号 and invites her.
            await Portal.OpenAsync(employer, server, "/employer/invite");
            await employer.Locator("#find-name").FillAsync("李四");
            await employer.Locator("#find-id").FillAsync(idNumber);
            await employer.Locator("#find-graduate").ClickAsync();
            await Expect(employer.Locator("#terms-form")).ToBeVisibleAsync();
            await employer.Locator("#t-position").FillAsync("数据工程师");
            await Portal.SelectAsync(employer, "工作职位类别", "工程技术人员");
            await employer.Locator("#t-location").FillAsync("北京市海淀区");
            await employer.Locator("#t-salary").FillAsync("18000");
            await Portal.SelectAsync(employer, "档案接收", "人才服务机构");
            await employer.Locator("#send-invitation").ClickAsync();
            await Expect(employer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/employer/agreements/\\d+$"));
            await Portal.ExpectStateAsync(employer, "Invited");

            // The graduate's open list shows it without a reload.
            var card = graduate.Locator(".wq-invitation").Filter(new() { HasText = "星辰科技有限公司" });
            await Expect(card).ToBeVisibleAsync();
            if (phone) await ExpectInViewportAsync(graduate, "#notification-badge .mud-badge"); // the unread count, not clipped by the bar
            await card.GetByText("查看详情").ClickAsync();
            await Portal.ExpectStateAsync(graduate, "Invited");
            // On a phone the terms run several screens; 接受 stays on the first one, and so does the confirmation.
            if (phone) await ExpectInViewportAsync(graduate, "#accept");
            await graduate.Locator("#accept").ClickAsync();
            await Expect(graduate.Locator("#accept-confirm")).ToContainTextAsync("只能与一家单位签约");
            if (phone) await ExpectInViewportAsync(graduate, "#accept-confirm-yes");
            await graduate.Locator("#accept-confirm-yes").ClickAsync();
            await Portal.ExpectStateAsync(graduate, "PendingDepartmentReview");
            // The message names the gate it waits at, as the chip does.
            await Expect(graduate.Locator(".mud-snackbar")).ToContainTextAsync("当前状态:待院系审核");

            // The employer's open page turns 待院系审核; the department's queue gains the item.
            await Portal.ExpectStateAsync(employer, "PendingDepartmentReview");
            var deptRow = Portal.ActionableQueueRow(dept, "李四");
            await Expect(deptRow).ToBeVisibleAsync();
            await deptRow.Locator(".row-page").ClickAsync();
            await dept.Locator("#review-approve").ClickAsync();
            await Expect(dept.Locator("#review-not-pending")).ToBeVisibleAsync();

            // The school's open queue shows it as its own to decide (no longer read-only at the
            // department gate); the school approves; the graduate's page turns 签约成功.
            var schoolRow = Portal.ActionableQueueRow(school, "李四");
            await Expect(schoolRow).ToBeVisibleAsync();
            await schoolRow.Locator(".row-page").ClickAsync();
            await school.Locator("#review-approve").ClickAsync();
            await Portal.ExpectStateAsync(graduate, "Signed");
            await Portal.ExpectStateAsync(employer, "Signed");

            // The electronic agreement: downloaded by the graduate, its text names both parties and the number.
            var number = (await graduate.Locator("#agreement-number").InnerTextAsync()).Trim();
            Assert.Matches(@"^\d{4}10999[1-4]\d{6}$", number);
            var download = await graduate.RunAndWaitForDownloadAsync(() => graduate.Locator("#download-agreement").ClickAsync());
            var path = await download.PathAsync();
            using (var pdf = PdfDocument.Open(path))
            {
                var text = string.Concat(pdf.GetPages().Select(p => p.Text));
                Assert.Contains("李四", text);
                Assert.Contains("星辰科技有限公司", text);
                Assert.Contains(number, text);
            }

            // Anyone can verify it without signing in: the QR link shows 有效 and the downloaded file matches.
            var code = (await graduate.Locator("#verification-code").InnerTextAsync()).Trim();
            var verifier = await browser.NewPhonePageAsync();
            await Portal.OpenAsync(verifier, server, $"/verify?n={number}&c={code}");
            await Expect(verifier.Locator("#verify-state")).ToHaveTextAsync("有效");
            await Expect(verifier.Locator("#verify-result")).ToContainTextAsync("李*");
            await verifier.Locator("#verify-pdf").SetInputFilesAsync(path);
            await Expect(verifier.Locator("#pdf-match")).ToBeVisibleAsync();
            await verifier.Context.CloseAsync();

            // Another employer may still invite her; that invitation is view-only while she is signed.
            await Portal.OpenAsync(graduate, server, "/graduate/agreements");
            var other = await InviteFromEmp2Async(browser, server, idNumber);
            var otherCard = graduate.Locator(".wq-invitation").Filter(new() { HasText = "东方制造股份有限公司" });
            await Expect(otherCard).ToBeVisibleAsync();
            // The list already says it cannot be answered, before she opens it.
            await Expect(otherCard.Locator(".wq-view-only")).ToContainTextAsync("其他签约邀请只能查看");
            await otherCard.GetByText("查看详情").ClickAsync();
            await Expect(graduate.Locator("#view-only")).ToContainTextAsync("其他签约邀请只能查看");
            await Expect(graduate.Locator("#accept")).ToHaveCountAsync(0);
            await other.Context.CloseAsync();

            // emp1 applies to terminate: her home page and her list flag it for her answer, live.
            await Portal.OpenAsync(graduate, server, "/graduate");
            await employer.Locator("#termination-start").ClickAsync();
            await Portal.SelectAsync(employer, "解约原因", "双方协商一致");
            await employer.Locator("#termination-submit").ClickAsync();
            await Expect(graduate.Locator("#termination-awaits-you")).ToContainTextAsync("用人单位已申请解约");
            // 去处理 opens the agreement at the request, whose answer lies screens below the terms on a phone.
            await graduate.Locator("#termination-answer-link").ClickAsync();
            await Expect(graduate.Locator("#termination-agree")).ToBeInViewportAsync(new() { Ratio = 1 });
            await Portal.OpenAsync(graduate, server, "/graduate/agreements");
            // (emp2's card names 星辰 too, in its view-only reason.)
            var signedCard = graduate.Locator(".wq-invitation").Filter(new() { HasText = "星辰科技有限公司", Has = graduate.Locator(".wq-termination-awaits") });
            await Expect(signedCard.Locator(".wq-termination-awaits")).ToHaveTextAsync("单位申请解约,待你确认");
            await signedCard.GetByText("查看详情").ClickAsync();
            await Expect(graduate.Locator("#termination-agree")).ToBeInViewportAsync(new() { Ratio = 1 });
        }
        catch
        {
            foreach (var (page, name) in new[] { (graduate, "graduate"), (employer, "employer"), (dept, "dept"), (school, "school") })
                await BrowserFixture.TrySaveScreenshotAsync(page, $"signing-{(phone ? "phone" : "desktop")}-{name}");
            throw;
        }
        finally
        {
            foreach (var page in new[] { graduate, employer, dept, school }) await page.Context.CloseAsync();
        }
    }

    /// <summary>The element lies wholly inside the viewport as it is now, without scrolling.</summary>
    private static async Task ExpectInViewportAsync(IPage page, string selector)
    {
        var element = page.Locator(selector).First;
        await Expect(element).ToBeVisibleAsync();
        var box = await element.BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} has no box");
        var viewport = page.ViewportSize!;
        Assert.True(box.Y >= 0 && box.Y + box.Height <= viewport.Height && box.X >= 0 && box.X + box.Width <= viewport.Width,
            $"{selector} at ({box.X}, {box.Y}, {box.Width}×{box.Height}) is outside the {viewport.Width}×{viewport.Height} viewport");
    }

    private static async Task<IPage> InviteFromEmp2Async(BrowserFixture browser, WqServerFactory server, string idNumber)
    {
        var page = await Portal.SignInAsync(browser, server, "emp2");
        await Portal.OpenAsync(page, server, "/employer/invite");
        await page.Locator("#find-name").FillAsync("李四");
        await page.Locator("#find-id").FillAsync(idNumber);
        await page.Locator("#find-graduate").ClickAsync();
        await page.Locator("#t-position").FillAsync("工艺工程师");
        await Portal.SelectAsync(page, "工作职位类别", "工程技术人员");
        await page.Locator("#t-location").FillAsync("上海市浦东新区");
        await page.Locator("#t-salary").FillAsync("16000");
        await Portal.SelectAsync(page, "档案接收", "单位接收");
        await page.Locator("#send-invitation").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/employer/agreements/\\d+$"));
        return page;
    }
}
