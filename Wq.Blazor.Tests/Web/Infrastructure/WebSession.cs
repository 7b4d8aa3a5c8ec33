using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Wq.Blazor.Tests.Workflows;

namespace Wq.Blazor.Tests.Web;

/// <summary>
/// Web tests share one in-process app (test server, no Kestrel); each test signs in with its own
/// cookie jar, and tests that change state use records of their own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "web";
}

/// <summary>
/// An HTTP client with its own cookies that does not follow redirects, so tests see the app's
/// 302s, and signs in through the real static-SSR login form (antiforgery token included).
/// </summary>
public static partial class WebSession
{
    public static HttpClient NewClient(AppFixture app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>GETs the login page and posts its form; returns the POST's response.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password)
    {
        var page = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync());
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
        }));
    }

    /// <summary>A new client signed in as <paramref name="userName"/>; fails the test if sign-in does not redirect.</summary>
    public static async Task<HttpClient> SignedInClientAsync(AppFixture app, string userName, string password = TestData.DemoPassword)
    {
        var client = NewClient(app);
        var response = await PostLoginAsync(client, userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"sign-in as {userName} answered {(int)response.StatusCode}, expected a redirect");
        Assert.DoesNotContain("Lockout", response.Headers.Location?.ToString() ?? "");
        return client;
    }

    public static string AntiforgeryToken(string html)
    {
        var input = InputTag().Matches(html).Select(m => m.Value)
            .FirstOrDefault(tag => tag.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal));
        Assert.True(input is not null, "the login form has no antiforgery token");
        var value = ValueAttribute().Match(input);
        Assert.True(value.Success, "the antiforgery input has no value");
        return WebUtility.HtmlDecode(value.Groups[1].Value);
    }

    /// <summary>
    /// The page's HTML with character references decoded: Blazor's renderer writes dynamic text
    /// (names, messages) as <c>&amp;#x674E;</c> entities, so raw HTML would hide the Chinese.
    /// </summary>
    public static async Task<string> ReadPageAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The redirect target's path, whether the app sent an absolute or a relative Location.</summary>
    public static string LocationPath(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        Assert.True(location is not null, $"no Location header on a {(int)response.StatusCode} answer");
        var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location);
        return absolute.AbsolutePath;
    }

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
