using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Workspace;
using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E.Workspace;

[Collection(E2ECollection.Name)]
public sealed class WorkspaceBatchTests(WorkspaceServer server, BrowserFixture browser) : IClassFixture<WorkspaceServer>
{
    [Fact]
    public async Task Dept1_selects_30_across_two_pages_batch_approves_sees_the_one_returned_meanwhile_skipped_and_exports_the_rest()
    {
        // An affected graduate keeps their agreements page open throughout.
        var graduate = await Portal.SignInAsync(browser, server, "bulk0002");
        await Portal.OpenAsync(graduate, server, "/graduate/agreements");
        await Portal.ExpectStateAsync(graduate, "PendingDepartmentReview");
        var dept = await Portal.SignInAsync(browser, server, "dept1");
        await BrowserFixture.ScreenshotOnFailureAsync(dept, async () =>
        {
            await Portal.OpenAsync(dept, server, "/review/workspace");
            await dept.Locator("input#queue-keyword, #queue-keyword input").First.FillAsync("批量");
            await dept.Locator("#queue-search").ClickAsync();
            await Expect(dept.Locator("#queue-total")).ToHaveTextAsync("40");

            // Page 1: select the whole page (20); page 2: ten rows one by one.
            var firstId = long.Parse((await dept.Locator(".row-open").First.GetAttributeAsync("data-id"))!);
            await dept.Locator("#select-page").ClickAsync();
            await Expect(dept.Locator("#selected-count")).ToHaveTextAsync("20");
            await dept.Locator(".mud-table-pagination-actions button").Nth(2).ClickAsync();
            await Expect(dept.Locator(".row-open").First).Not.ToHaveAttributeAsync("data-id", firstId.ToString());
            for (var i = 0; i < 10; i++) await dept.Locator(".row-select").Nth(i).ClickAsync();
            await Expect(dept.Locator("#selected-count")).ToHaveTextAsync("30");

            // Meanwhile another dept1 session fails one of the selected items.
            var dept1 = await ActorAsync("dept1");
            var version = (await server.Services.GetRequiredService<ReviewQueueQuery>().PageAsync(dept1,
                new QueuePageRequest(new QueueFilter(), 0, 100))).Items.Single(i => i.Id == firstId).Version;
            var other = await server.Services.GetRequiredService<ReviewQueueService>().DecideAsync(dept1,
                new ReviewCommand(ReviewKinds.OnlineSigning, firstId, ReviewDecision.Fail, "岗位信息不符", version));
            Assert.True(other.Ok, other.Error);

            await dept.Locator(".batch-approve").ClickAsync();
            await dept.GetByRole(AriaRole.Button, new() { Name = "确定通过" }).ClickAsync();
            await Expect(dept.Locator("#batch-ok")).ToHaveTextAsync("29", new() { Timeout = 60_000 });
            await Expect(dept.Locator("#batch-skipped")).ToHaveTextAsync("1");
            await Expect(dept.Locator($".batch-skip[data-id='{firstId}']")).ToContainTextAsync("已被他人处理");
            await Expect(dept.Locator("#queue-total")).ToHaveTextAsync("10");
            await Portal.ExpectStateAsync(graduate, "PendingSchoolReview"); // live, no reload

            var download = await dept.RunAndWaitForDownloadAsync(() => dept.Locator("#queue-export").ClickAsync());
            await using var file = await download.CreateReadStreamAsync();
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy);
            copy.Position = 0;
            var rows = MiniExcel.Query(copy, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(10, rows.Count);
            Assert.All(rows, r => Assert.Matches(@"^\d{3}\*{11}[\dX]{4}$", (string)r["身份证号"]));
            Assert.All(rows, r => Assert.StartsWith("批量", (string)r["毕业生"]));
        });

        var school = await Portal.SignInAsync(browser, server, "school1");
        await BrowserFixture.ScreenshotOnFailureAsync(school, async () =>
        {
            await Portal.OpenAsync(school, server, "/review/workspace");
            await school.Locator("input#queue-keyword, #queue-keyword input").First.FillAsync("批量");
            await school.Locator("#queue-search").ClickAsync();
            // 29 now at the school's gate, the 10 not yet approved shown read-only at the department.
            await Expect(school.Locator("#queue-total")).ToHaveTextAsync("39");
            await Expect(school.Locator("#batch-all")).ToContainTextAsync("全部 29 项");
        });
    }

    [Fact]
    public async Task The_statistics_page_draws_its_charts_and_rate_tables()
    {
        var school = await Portal.SignInAsync(browser, server, "school1");
        await BrowserFixture.ScreenshotOnFailureAsync(school, async () =>
        {
            await Portal.OpenAsync(school, server, "/review/statistics");
            await Expect(school.Locator("#overall-rate")).ToContainTextAsync("%");
            await Expect(school.GetByText("未登记", new() { Exact = true })).ToBeVisibleAsync(); // the donut legend
            await Expect(school.Locator("svg text").Filter(new() { HasText = "待院系审核" }).First).ToBeVisibleAsync(); // a bar label
            await Expect(school.Locator(".placement-table").First.Locator("tbody tr")).ToHaveCountAsync(5); // five departments
        });
    }

    [Fact]
    public async Task A_roster_file_with_one_bad_line_shows_that_lines_error_and_imports_nothing_until_fixed()
    {
        var school = await Portal.SignInAsync(browser, server, "school1");
        await BrowserFixture.ScreenshotOnFailureAsync(school, async () =>
        {
            await Portal.OpenAsync(school, server, "/review/roster");
            const string header = "学号,姓名,性别,身份证号,院系,专业,学历层次,毕业年份,手机号,邮箱,生源地\n";
            var good = "E7001,孙一,男,110105200203040011,计算机学院,软件工程,本科,2027,13900000001,,北京市\n".Replace("110105200203040011", Id("11010520020304001"));
            var bad = "E7002,孙二,女,110105200203040020,计算机学院,软件工程,本科,2027,12345,,北京市\n";
            await school.Locator("#roster-file").SetInputFilesAsync(new FilePayload
                { Name = "roster.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(header + good + bad) });
            await Expect(school.Locator(".roster-invalid[data-line='3']")).ToContainTextAsync("手机号");
            await Expect(school.Locator("#roster-commit")).ToBeDisabledAsync();

            await school.Locator("#roster-file").SetInputFilesAsync(new FilePayload
                { Name = "roster.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(header + good) });
            await Expect(school.Locator(".roster-invalid")).ToHaveCountAsync(0);
            await school.Locator("#roster-commit").ClickAsync();
            await Expect(school.Locator("#roster-done")).ToContainTextAsync("新增 1 人");
            await Expect(school.Locator("#to-corrections")).ToBeVisibleAsync();
        });
    }

    private static string Id(string first17) => first17 + Wq.Blazor.Domain.Validation.ResidentIdNumber.ComputeCheckChar(first17);

    private async Task<Wq.Blazor.Workflows.ActorContext> ActorAsync(string userName)
    {
        using var scope = server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Wq.Blazor.Data.ApplicationUser>>();
        var u = (await users.FindByNameAsync(userName))!;
        return new Wq.Blazor.Workflows.ActorContext(u.Id, u.DisplayName, Wq.Blazor.Domain.Roles.DepartmentReviewer,
            SchoolId: u.SchoolId, DepartmentId: u.DepartmentId);
    }
}
