using System.Net;
using MiniExcelLibs;
using Wq.Blazor.Tests.Workflows;

namespace Wq.Blazor.Tests.Web;

/// <summary>The workspace pages and downloads are for reviewers only; the roster import for school reviewers only.</summary>
[Collection(WebCollection.Name)]
public class WorkspaceHttpTests(AppFixture app)
{
    [Theory]
    [InlineData("/review/workspace")]
    [InlineData("/review/statistics")]
    [InlineData("/review/roster")]
    [InlineData("/review/workspace/export")]
    [InlineData("/review/statistics/export")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string path)
    {
        using var client = WebSession.NewClient(app);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", WebSession.LocationPath(response));
    }

    [Theory]
    [InlineData("grad2", "/review/workspace")]
    [InlineData("emp1", "/review/statistics")]
    [InlineData("dept1", "/review/roster")]
    [InlineData("admin", "/review/workspace/export")]
    [InlineData("grad2", "/review/statistics/export")]
    public async Task Other_roles_are_denied(string userName, string path)
    {
        using var client = await WebSession.SignedInClientAsync(app, userName);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/AccessDenied", WebSession.LocationPath(response));
    }

    [Fact]
    public async Task A_reviewer_downloads_the_queue_and_the_statistics_as_xlsx_with_no_store()
    {
        using var client = await WebSession.SignedInClientAsync(app, "school1");
        var queue = await client.GetAsync("/review/workspace/export?q=%E4%B8%8D%E5%AD%98%E5%9C%A8&level=nonsense");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", queue.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", queue.Headers.CacheControl?.ToString());
        var rows = MiniExcel.Query(await queue.Content.ReadAsStreamAsync(), useHeaderRow: true, excelType: ExcelType.XLSX).ToList();
        Assert.Empty(rows); // the keyword 不存在 matches nothing; the bad level is ignored, not an error

        var stats = await client.GetAsync("/review/statistics/export");
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        var sheets = MiniExcel.GetSheetNames(await stats.Content.ReadAsStreamAsync());
        Assert.Equal(["协议状态", "毕业去向", "院系落实率", "专业落实率", "学历落实率"], sheets);
    }
}
