using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E.Termination;

public sealed class TerminationServer : WqServerFactory;

/// <summary>
/// 线上解约 end to end: grad1 signs with emp1, then three termination requests — the employer
/// disagrees (still 签约成功), the school rejects (still 签约成功), both approve (已解约) — and
/// grad1, free again, accepts emp2's still-valid invitation. Every answer shows up live.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class OnlineTerminationTests(TerminationServer server, BrowserFixture browser) : IClassFixture<TerminationServer>
{
    [Fact]
    public async Task Termination_requests_are_answered_live_and_only_an_approved_one_frees_the_graduate()
    {
        var graduate = await Portal.SignInAsync(browser, server, "grad1");
        var employer = await Portal.SignInAsync(browser, server, "emp1");
        var dept = await Portal.SignInAsync(browser, server, "dept1");
        var school = await Portal.SignInAsync(browser, server, "school1");
        var pages = new[] { (graduate, "graduate"), (employer, "employer"), (dept, "dept"), (school, "school") };
        try
        {
            // grad1 confirms their basic information, then accepts emp1's seeded invitation.
            await Portal.OpenAsync(graduate, server, "/graduate/confirm");
            await graduate.Locator("#confirm-info").ClickAsync();
            await Expect(graduate.Locator("#graduate-home")).ToBeVisibleAsync();
            await Portal.OpenAsync(graduate, server, "/graduate/invitations");
            await graduate.Locator(".wq-invitation").Filter(new() { HasText = "星辰科技有限公司" }).GetByText("查看详情").ClickAsync();
            await graduate.Locator("#accept").ClickAsync();
            await graduate.Locator("#accept-confirm-yes").ClickAsync();
            await Portal.ExpectStateAsync(graduate, "PendingDepartmentReview");
            var agreementUrl = graduate.Url;
            await ApproveFirstAsync(dept, "线上签约");
            await ApproveFirstAsync(school, "线上签约");
            await Portal.ExpectStateAsync(graduate, "Signed");

            // The employer keeps the agreement page open throughout.
            await Portal.OpenAsync(employer, server, "/employer/invitations");
            await employer.Locator("#employer-agreements tr").Filter(new() { HasText = "张三" }).GetByText("详情").ClickAsync();
            await Portal.ExpectStateAsync(employer, "Signed");

            // 1. The employer disagrees: the agreement stays 签约成功.
            await ApplyAsync(graduate, "双方协商一致");
            await Expect(employer.Locator("#termination-open")).ToContainTextAsync("待对方确认");
            await employer.Locator("#termination-answer-reason").FillAsync("项目已排期,暂不同意");
            await employer.Locator("#termination-decline").ClickAsync();
            await Expect(graduate.Locator(".wq-termination[data-state='Declined']")).ToBeVisibleAsync();
            await Portal.ExpectStateAsync(graduate, "Signed");

            // 2. The employer agrees, the department approves, the school rejects: still 签约成功.
            await ApplyAsync(graduate, "个人原因-继续深造");
            await employer.Locator("#termination-agree").ClickAsync();
            await Expect(graduate.Locator("#termination-open")).ToContainTextAsync("待院系审核");
            await ApproveFirstAsync(dept, "解约申请");
            await DecideFirstAsync(school, "解约申请", "review-fail", "材料不全,请补充解约函");
            await Expect(graduate.Locator(".wq-termination[data-state='Rejected']")).ToBeVisibleAsync();
            await Portal.ExpectStateAsync(graduate, "Signed");
            await Portal.ExpectStateAsync(employer, "Signed");

            // 3. Agreed and approved at both levels: 已解约 on both parties' open pages.
            await ApplyAsync(graduate, "个人原因-继续深造");
            await employer.Locator("#termination-agree").ClickAsync();
            await ApproveFirstAsync(dept, "解约申请");
            await ApproveFirstAsync(school, "解约申请");
            await Portal.ExpectStateAsync(graduate, "Terminated");
            await Portal.ExpectStateAsync(employer, "Terminated");

            // grad1 is free again: emp2's still-valid invitation can now be accepted.
            await Portal.OpenAsync(graduate, server, "/graduate/invitations");
            await graduate.Locator(".wq-invitation").Filter(new() { HasText = "东方制造股份有限公司" }).GetByText("查看详情").ClickAsync();
            await graduate.Locator("#accept").ClickAsync();
            await graduate.Locator("#accept-confirm-yes").ClickAsync();
            await Portal.ExpectStateAsync(graduate, "PendingDepartmentReview");
            Assert.NotEqual(agreementUrl, graduate.Url);
        }
        catch
        {
            foreach (var (page, name) in pages) await BrowserFixture.TrySaveScreenshotAsync(page, $"termination-{name}");
            throw;
        }
        finally
        {
            foreach (var (page, _) in pages) await page.Context.CloseAsync();
        }
    }

    private static async Task ApplyAsync(IPage graduate, string reason)
    {
        await graduate.Locator("#termination-start").ClickAsync();
        await Portal.SelectAsync(graduate, "解约原因", reason);
        await graduate.Locator("#termination-submit").ClickAsync();
        await Expect(graduate.Locator("#termination-open")).ToContainTextAsync("待对方确认");
    }

    private Task ApproveFirstAsync(IPage reviewer, string kind) => DecideFirstAsync(reviewer, kind, "review-approve", null);

    /// <summary>Opens the reviewer's queue, waits for the item of this kind to arrive, and decides it.</summary>
    private async Task DecideFirstAsync(IPage reviewer, string kind, string button, string? opinion)
    {
        await Portal.OpenAsync(reviewer, server, "/review");
        var row = Portal.ActionableQueueRow(reviewer, kind).First;
        await Expect(row).ToBeVisibleAsync();
        await row.Locator(".row-page").ClickAsync();
        if (opinion is not null) await reviewer.Locator("#review-opinion").FillAsync(opinion);
        await reviewer.Locator($"#{button}").ClickAsync();
        await Expect(reviewer.Locator("#review-not-pending")).ToBeVisibleAsync();
    }
}
