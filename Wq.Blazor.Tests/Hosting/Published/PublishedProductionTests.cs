using System.Net;
using System.Text.RegularExpressions;
using Wq.Blazor.Tests.Web;

namespace Wq.Blazor.Tests.Hosting.Published;

/// <summary>
/// Issue 11's production drill on a Release publish: an empty data folder, start-up refused
/// without a public address, then admin create, sign in, restart, and the same cookie still works.
/// </summary>
public partial class PublishedProductionTests(PublishedApp app) : IClassFixture<PublishedApp>, IDisposable
{
    private const string Password = "Published-admin-2026";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "wq-tests", "published-data-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Settings(int port, string? publicBaseUrl) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        ["Wq__DataDirectory"] = _data,
        ["Wq__PublicBaseUrl"] = publicBaseUrl ?? "",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    [Fact]
    public async Task From_an_empty_folder_start_up_needs_the_address_then_admin_create_sign_in_and_restart_keep_the_session()
    {
        var port = PublishedApp.FreePort();
        var origin = $"http://127.0.0.1:{port}";

        var refused = await app.RunToEndAsync(Settings(port, null), stdin: null);
        Assert.NotEqual(0, refused.Exit);
        Assert.Contains("Wq:PublicBaseUrl is required outside Development", refused.Output);

        var created = await app.RunToEndAsync(Settings(port, null), Password + "\n", "admin", "create", "--account", "root");
        Assert.True(created.Exit == 0, created.Output);
        var again = await app.RunToEndAsync(Settings(port, null), Password + "\n", "admin", "create", "--account", "root");
        Assert.Equal(1, again.Exit);
        Assert.Contains("already exists", again.Output);

        string authCookie;
        using (var server = await app.StartServerAsync(Settings(port, origin), port))
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(origin) };
            var forged = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
            forged.Headers.Host = "attacker.example";
            Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(forged)).StatusCode);

            authCookie = await SignInAsync(http, "root", Password);
            Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(http, "/admin", authCookie)).StatusCode);
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        using (var restarted = await app.StartServerAsync(Settings(port, origin), port))
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(origin) };
            var admin = await GetWithCookieAsync(http, "/admin", authCookie);
            Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
            restarted.Kill(entireProcessTree: true);
            await restarted.WaitForExitAsync();
        }
    }

    /// <summary>Signs in through the form; cookies by hand because the Secure ones would not be sent over http.</summary>
    private static async Task<string> SignInAsync(HttpClient http, string account, string password)
    {
        var page = await http.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var antiforgery = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = WebSession.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = account, ["Input.Password"] = password,
                ["__RequestVerificationToken"] = token, ["_handler"] = "login",
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var response = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wq.auth=", StringComparison.Ordinal));
        Assert.Matches(Secure(), auth);
        return auth.Split(';')[0];
    }

    private static Task<HttpResponseMessage> GetWithCookieAsync(HttpClient http, string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return http.SendAsync(request);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, true); } catch (IOException) { }
    }

    [GeneratedRegex("(?i);\\s*secure(;|$)")]
    private static partial Regex Secure();
}
