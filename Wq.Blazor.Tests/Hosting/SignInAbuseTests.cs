using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Wq.Blazor.Hosting.Production;
using Wq.Blazor.Tests.Web;

namespace Wq.Blazor.Tests.Hosting;

[Collection(ProductionCollection.Name)]
public class SignInAbuseTests(ProductionAppFixture app)
{
    [Fact]
    public async Task One_client_address_is_throttled_after_twenty_sign_in_posts_a_minute()
    {
        var statuses = new List<int>();
        for (var i = 0; i < 21; i++)
            statuses.Add((await PostLoginFromAsync("198.51.100.7", $"someone-{i}")).Response.StatusCode);

        // The first twenty reach the page (no antiforgery token here, so 400); the next is refused first.
        Assert.All(statuses.Take(20), s => Assert.NotEqual(StatusCodes.Status429TooManyRequests, s));
        Assert.Equal(StatusCodes.Status429TooManyRequests, statuses[20]);
        var other = await PostLoginFromAsync("198.51.100.8", "someone-else");
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, other.Response.StatusCode);
    }

    [Fact]
    public async Task One_account_is_throttled_across_client_addresses_before_it_can_be_locked_out_at_will()
    {
        var statuses = new List<int>();
        for (var i = 0; i < 11; i++)
            statuses.Add((await PostLoginFromAsync($"198.51.101.{i + 1}", "school-target")).Response.StatusCode);

        Assert.All(statuses.Take(10), s => Assert.NotEqual(StatusCodes.Status429TooManyRequests, s));
        Assert.Equal(StatusCodes.Status429TooManyRequests, statuses[10]);
        var otherAccount = await PostLoginFromAsync("198.51.101.200", "another-account");
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, otherAccount.Response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_account_gets_the_same_answer_and_the_same_hashing_work_as_a_wrong_password()
    {
        Assert.Equal(0, (await app.AdminCreateAsync("ops-timing")).Exit);
        using var client = app.NewClient();

        var before = app.Hasher.Verifications;
        var unknown = await WebSession.PostLoginAsync(client, "no-such-account-" + Guid.NewGuid().ToString("N")[..8], "Wrong-password-123");
        var afterUnknown = app.Hasher.Verifications;
        var wrong = await WebSession.PostLoginAsync(client, "ops-timing", "Wrong-password-123");
        var afterWrong = app.Hasher.Verifications;

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("账号或密码错误", await WebSession.ReadPageAsync(unknown));
        Assert.Contains("账号或密码错误", await WebSession.ReadPageAsync(wrong));
        Assert.Equal(1, afterUnknown - before);
        Assert.Equal(1, afterWrong - afterUnknown);
    }

    private Task<HttpContext> PostLoginFromAsync(string remoteIp, string account) =>
        app.Server.SendAsync(ctx =>
        {
            ctx.Request.Method = "POST";
            ctx.Request.Scheme = "https";
            ctx.Request.Host = new HostString(ProductionAppFixture.PublicHost);
            ctx.Request.Path = "/Account/Login";
            ctx.Connection.RemoteIpAddress = IPAddress.Parse(remoteIp);
            ctx.Request.ContentType = "application/x-www-form-urlencoded";
            ctx.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
                $"Input.UserName={Uri.EscapeDataString(account)}&Input.Password=x&_handler=login"));
        });
}
