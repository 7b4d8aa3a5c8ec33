using System.Net;
using Wq.Blazor.Tests.E2E;

namespace Wq.Blazor.Tests.Web;

public class LoginPageHttpTests(WqServerFactory factory) : IClassFixture<WqServerFactory>
{
    [Fact]
    public async Task Login_page_answers_200_with_a_password_form()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<form", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("type=\"password\"", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Blazor_script_is_served()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/_framework/blazor.web.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
