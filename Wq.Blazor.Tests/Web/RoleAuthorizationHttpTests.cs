using System.Net;
using Wq.Blazor.Tests.Workflows;

namespace Wq.Blazor.Tests.Web;

/// <summary>Each role's pages are closed to anonymous visitors and to the other roles (SPEC §1).</summary>
[Collection(WebCollection.Name)]
public class RoleAuthorizationHttpTests(AppFixture app)
{
    [Theory]
    [InlineData("/graduate")]
    [InlineData("/graduate/confirm")]
    [InlineData("/employer")]
    [InlineData("/review")]
    [InlineData("/review/corrections")]
    [InlineData("/review/settings")]
    [InlineData("/employer/invite")]
    [InlineData("/graduate/agreements/1")]
    [InlineData("/admin")]
    [InlineData("/admin/employers")]
    [InlineData("/notifications")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string path)
    {
        using var client = WebSession.NewClient(app);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", WebSession.LocationPath(response));
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("grad2", "/admin")]
    [InlineData("grad2", "/admin/employers")]
    [InlineData("grad2", "/employer")]
    [InlineData("grad2", "/review/corrections")]
    [InlineData("grad2", "/review")]
    [InlineData("emp1", "/review/agreements/1")]
    [InlineData("grad2", "/employer/invite")]
    [InlineData("emp1", "/graduate")]
    [InlineData("emp1", "/admin/employers")]
    [InlineData("dept1", "/review/settings")]
    [InlineData("school1", "/admin")]
    [InlineData("admin", "/graduate")]
    public async Task Signed_in_users_outside_the_pages_role_are_denied(string userName, string path)
    {
        using var client = await WebSession.SignedInClientAsync(app, userName);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/AccessDenied", WebSession.LocationPath(response));
    }

    [Fact]
    public async Task The_access_denied_page_says_so_in_Chinese()
    {
        using var client = await WebSession.SignedInClientAsync(app, "grad2");

        var denied = await client.GetAsync("/admin");
        var page = await client.GetAsync(denied.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("无权访问", await WebSession.ReadPageAsync(page));
    }

    [Theory]
    [InlineData("admin", "/admin", "平台管理")]
    [InlineData("admin", "/admin/employers", "单位认证")]
    [InlineData("emp1", "/employer", "星辰科技有限公司")]
    [InlineData("grad2", "/graduate", "李四")]
    [InlineData("school1", "/review/settings", "华夏理工大学")]
    [InlineData("dept1", "/review/corrections", "信息更正申请")]
    [InlineData("dept1", "/review", "审核工作台")]
    [InlineData("emp1", "/employer/invitations", "邀请与协议")]
    public async Task Users_reach_their_own_roles_pages(string userName, string path, string expectedText)
    {
        using var client = await WebSession.SignedInClientAsync(app, userName);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expectedText, await WebSession.ReadPageAsync(response));
    }

    [Theory]
    [InlineData("grad2", "/graduate")]
    [InlineData("emp1", "/employer")]
    [InlineData("admin", "/admin")]
    public async Task The_root_sends_each_role_to_its_home(string userName, string home)
    {
        using var client = await WebSession.SignedInClientAsync(app, userName);

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(home, WebSession.LocationPath(response));
    }
}
