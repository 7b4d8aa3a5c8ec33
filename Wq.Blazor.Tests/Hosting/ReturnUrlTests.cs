using System.Net;
using Wq.Blazor.Components.Account;
using Wq.Blazor.Tests.Web;
using Wq.Blazor.Tests.Workflows;

namespace Wq.Blazor.Tests.Hosting;

[Collection(WebCollection.Name)]
public class ReturnUrlTests(AppFixture app)
{
    [Theory]
    [InlineData("https://attacker.example/phish")]
    [InlineData("//attacker.example/phish")]
    [InlineData("/\\attacker.example")]
    [InlineData("http://[::1")]
    public async Task A_foreign_or_malformed_ReturnUrl_lands_on_the_home_page_instead_of_a_500(string returnUrl)
    {
        using var client = WebSession.NewClient(app);
        var path = "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var page = await client.GetAsync(path);
        var token = WebSession.AntiforgeryToken(await page.Content.ReadAsStringAsync());

        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "grad2", ["Input.Password"] = TestData.DemoPassword,
            ["__RequestVerificationToken"] = token, ["_handler"] = "login",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", WebSession.LocationPath(response));
        Assert.DoesNotContain("attacker", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("graduate/agreements", "graduate/agreements")]
    [InlineData("/graduate?x=1", "/graduate?x=1")]
    [InlineData("http://localhost/review", "review")]
    [InlineData("http://localhost.attacker.example/", "")]
    public void Only_local_targets_survive(string target, string expected) =>
        Assert.Equal(expected, IdentityRedirectManager.LocalOnly(target, "http://localhost/"));
}
