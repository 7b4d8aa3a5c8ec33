using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E.Workspace;

[Collection(E2ECollection.Name)]
public sealed class WorkspaceDetailTests(DetailServer server, BrowserFixture browser) : IClassFixture<DetailServer>
{
    [Fact]
    public async Task Deciding_in_the_detail_panel_moves_on_to_the_next_item_and_school1_sees_department_items_read_only()
    {
        var school = await Portal.SignInAsync(browser, server, "school1");
        await BrowserFixture.ScreenshotOnFailureAsync(school, async () =>
        {
            await Portal.OpenAsync(school, server, "/review/workspace");
            await Expect(school.Locator(".gate-chip").First).ToContainTextAsync("院系审核中 · 只读");
            await school.Locator(".row-open").First.ClickAsync();
            await Expect(school.Locator("#detail-readonly")).ToBeVisibleAsync();
            await Expect(school.Locator("#queue-detail .detail-approve")).ToHaveCountAsync(0);
        });

        var dept = await Portal.SignInAsync(browser, server, "dept1");
        await BrowserFixture.ScreenshotOnFailureAsync(dept, async () =>
        {
            await Portal.OpenAsync(dept, server, "/review/workspace");
            await Expect(dept.Locator("#queue-total")).ToHaveTextAsync("3");
            var first = await dept.Locator(".row-open").First.GetAttributeAsync("data-id");
            var second = await dept.Locator(".row-open").Nth(1).GetAttributeAsync("data-id");
            await dept.Locator(".row-open").First.ClickAsync();
            await Expect(dept.Locator("#queue-detail")).ToHaveAttributeAsync("data-id", first!);
            await Expect(dept.Locator("#queue-detail")).ToContainTextAsync("星辰科技有限公司");
            await Expect(dept.Locator("#queue-detail .review-hint")).ToHaveCountAsync(0); // a clean agreement has no hints

            // 院系通过 in two-level mode is not final: no confirmation, straight on to the next item.
            await dept.Locator("#queue-detail .detail-approve").ClickAsync();
            await Expect(dept.Locator("#queue-detail")).ToHaveAttributeAsync("data-id", second!);
            await Expect(dept.Locator("#queue-total")).ToHaveTextAsync("2");

            // 不通过 is irreversible: it needs a reason and asks first.
            await dept.Locator("#queue-detail .detail-fail").ClickAsync();
            await dept.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "确定不通过" }).ClickAsync();
            await Expect(dept.Locator("#detail-error")).ToHaveTextAsync("审核不通过时请填写原因");
            await Expect(dept.Locator("#queue-total")).ToHaveTextAsync("2");
        });

        // The school reviewer's open grid picked the approved item up live, now actionable.
        await Expect(school.Locator("#batch-all")).ToContainTextAsync("全部 1 项");
    }
}
