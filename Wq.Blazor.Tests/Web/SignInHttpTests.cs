using System.Net;
using Wq.Blazor.Tests.Workflows;

namespace Wq.Blazor.Tests.Web;

[Collection(WebCollection.Name)]
public class SignInHttpTests(AppFixture app)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        // An account of its own: a lockout lasts 15 minutes and must not touch other tests.
        var graduate = await app.Data.RegisterGraduateAsync();
        using var client = WebSession.NewClient(app);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await WebSession.PostLoginAsync(client, graduate.UserName, "Wrong-password-" + attempt);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("账号或密码错误", await WebSession.ReadPageAsync(wrong));
        }
        var fifth = await WebSession.PostLoginAsync(client, graduate.UserName, "Wrong-password-5");
        Assert.Equal(HttpStatusCode.Redirect, fifth.StatusCode);
        Assert.Equal("/Account/Lockout", WebSession.LocationPath(fifth));

        var right = await WebSession.PostLoginAsync(client, graduate.UserName, graduate.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/Account/Lockout", WebSession.LocationPath(right));
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.StartsWith("wq.auth=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        var home = await client.GetAsync("/graduate");
        Assert.Equal("/Account/Login", WebSession.LocationPath(home));

        var lockoutPage = await client.GetAsync("/Account/Lockout");
        Assert.Contains("账号已锁定", await WebSession.ReadPageAsync(lockoutPage));
    }

    [Fact]
    public async Task A_wrong_password_shows_a_Chinese_error_and_sets_no_auth_cookie()
    {
        using var client = WebSession.NewClient(app);

        var response = await WebSession.PostLoginAsync(client, "grad3", "Not-the-password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("账号或密码错误", await WebSession.ReadPageAsync(response));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies)
                     && cookies.Any(c => c.StartsWith("wq.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_auth_cookie_is_HttpOnly_and_SameSite()
    {
        using var client = WebSession.NewClient(app);

        var response = await WebSession.PostLoginAsync(client, "emp2", TestData.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wq.auth=", StringComparison.Ordinal));
        var attributes = auth.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains(attributes, a => a is "samesite=lax" or "samesite=strict");
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_rejected()
    {
        using var client = WebSession.NewClient(app);
        await client.GetAsync("/Account/Login");

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "emp2", ["Input.Password"] = TestData.DemoPassword, ["_handler"] = "login",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies)
                     && cookies.Any(c => c.StartsWith("wq.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await WebSession.SignedInClientAsync(app, "emp2");
        var home = await client.GetAsync("/employer");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var token = WebSession.AntiforgeryToken(await home.Content.ReadAsStringAsync());

        var logout = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/Account/Login", WebSession.LocationPath(logout));
        var after = await client.GetAsync("/employer");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/Account/Login", WebSession.LocationPath(after));
    }
}
