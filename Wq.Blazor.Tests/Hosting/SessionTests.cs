using System.Net;
using Wq.Blazor.Hosting.Production;
using Wq.Blazor.Tests.Web;

namespace Wq.Blazor.Tests.Hosting;

[Collection(ProductionCollection.Name)]
public class SessionTests(ProductionAppFixture app)
{
    [Fact]
    public async Task After_logout_a_replayed_copy_of_the_cookie_is_refused()
    {
        Assert.Equal(0, (await app.AdminCreateAsync("ops-session")).Exit);
        using var client = app.NewClient();
        var signIn = await WebSession.PostLoginAsync(client, "ops-session", ProductionAppFixture.AdminPassword);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wq.auth=", StringComparison.Ordinal)).Split(';')[0];
        var adminPage = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
        var token = WebSession.AntiforgeryToken(await adminPage.Content.ReadAsStringAsync());

        var logout = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        // The copy works until the next stamp check; then it is refused for good.
        app.StampClock.SetUtcNow(DateTimeOffset.UtcNow + SessionSettings.StampCheckInterval + TimeSpan.FromSeconds(5));
        using var replay = app.NewClient(handleCookies: false);
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        var replayed = await replay.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/Account/Login", WebSession.LocationPath(replayed));
    }

    [Fact]
    public void Open_circuits_and_cookies_are_rechecked_within_minutes_not_half_an_hour()
    {
        Assert.InRange(SessionSettings.CircuitRevalidationInterval, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5));
        Assert.InRange(SessionSettings.StampCheckInterval, TimeSpan.Zero, TimeSpan.FromMinutes(5));
    }
}
