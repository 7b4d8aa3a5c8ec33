using System.Net;
using Wq.Blazor.Tests.Workflows;

namespace Wq.Blazor.Tests.Web;

[Collection(WebCollection.Name)]
public class ErrorPageHttpTests(AppFixture app)
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/graduate/no-such-page/42")]
    public async Task An_unknown_url_answers_404_with_a_Chinese_page_and_no_stack_trace(string path)
    {
        using var client = WebSession.NewClient(app);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await WebSession.ReadPageAsync(response);
        Assert.Contains("页面不存在", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("   at ", html);
        Assert.DoesNotContain(".cs:line", html);
    }

    [Fact]
    public async Task An_unknown_url_for_a_signed_in_user_is_also_a_Chinese_404()
    {
        using var client = await WebSession.SignedInClientAsync(app, "grad2");

        var response = await client.GetAsync("/graduate/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await WebSession.ReadPageAsync(response));
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        using var client = WebSession.NewClient(app);

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["SAMEORIGIN"], response.Headers.GetValues("X-Frame-Options"));
    }
}
