using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Wq.Blazor.Tests.Web;

namespace Wq.Blazor.Tests.Hosting;

/// <summary>What the browser and the proxy in front see: headers, cookies, forwarded addresses.</summary>
[Collection(ProductionCollection.Name)]
public partial class FrontEndTests(ProductionAppFixture app)
{
    [Fact]
    public async Task Pages_carry_a_nonce_CSP_that_admits_the_import_map_and_a_Permissions_Policy()
    {
        using var client = app.NewClient();

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Blazor adds its own frame-ancestors policy as a second header; browsers enforce both.
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"), p => p.StartsWith("default-src", StringComparison.Ordinal));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        var nonce = Nonce().Match(csp);
        Assert.True(nonce.Success, csp);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"nonce=\"{nonce.Groups[1].Value}\"", html);
        Assert.Contains("type=\"importmap\"", html);
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));

        var again = await client.GetAsync("/Account/Login");
        Assert.DoesNotContain(csp, again.Headers.GetValues("Content-Security-Policy"));
    }

    [Fact]
    public async Task In_Production_the_auth_cookie_is_Secure_and_HSTS_is_sent()
    {
        Assert.Equal(0, (await app.AdminCreateAsync("ops-cookie")).Exit);
        using var client = app.NewClient();

        var response = await WebSession.PostLoginAsync(client, "ops-cookie", ProductionAppFixture.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wq.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth.Split(';').Select(a => a.Trim().ToLowerInvariant()));
        Assert.Contains("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task A_sign_in_over_plain_HTTP_still_gets_a_Secure_auth_cookie_outside_Development()
    {
        // E.g. a TLS proxy that is not listed in Wq:TrustedProxies: the app sees http.
        Assert.Equal(0, (await app.AdminCreateAsync("ops-plain")).Exit);
        using var client = app.NewClient(baseAddress: "http://" + ProductionAppFixture.PublicHost);

        var response = await WebSession.PostLoginAsync(client, "ops-plain", ProductionAppFixture.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wq.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth.Split(';').Select(a => a.Trim().ToLowerInvariant()));
    }

    [Fact]
    public async Task Forwarded_headers_count_only_from_the_trusted_proxy()
    {
        var trusted = await SendAsync(ProductionAppFixture.TrustedProxy, "https", "/health/live");
        var untrusted = await SendAsync("203.0.113.9", "https", "/health/live");

        // HSTS is sent on HTTPS only: the scheme the app believes is visible from outside.
        Assert.True(trusted.Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.Equal("192.0.2.44", trusted.Connection.RemoteIpAddress?.ToString());
        Assert.False(untrusted.Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.Equal("203.0.113.9", untrusted.Connection.RemoteIpAddress?.ToString());
    }

    private Task<HttpContext> SendAsync(string remoteIp, string? forwardedProto, string path) =>
        app.Server.SendAsync(ctx =>
        {
            ctx.Request.Method = "GET";
            ctx.Request.Scheme = "http";
            ctx.Request.Host = new HostString(ProductionAppFixture.PublicHost);
            ctx.Request.Path = path;
            ctx.Connection.RemoteIpAddress = IPAddress.Parse(remoteIp);
            ctx.Request.Headers["X-Forwarded-For"] = "192.0.2.44";
            if (forwardedProto is not null) ctx.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
        });

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();
}
