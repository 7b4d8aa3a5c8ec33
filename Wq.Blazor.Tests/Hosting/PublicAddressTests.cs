using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Hosting.Production;
using Wq.Blazor.Infrastructure;

namespace Wq.Blazor.Tests.Hosting;

[Collection(ProductionCollection.Name)]
public class PublicAddressTests(ProductionAppFixture app)
{
    [Theory]
    [InlineData("")]
    [InlineData("wq.example.edu.cn")]
    [InlineData("/verify")]
    [InlineData("ftp://wq.example.edu.cn")]
    [InlineData("https://wq.example.edu.cn/?x=1")]
    public void A_missing_or_unusable_public_address_is_rejected_with_a_message_naming_the_setting(string value)
    {
        var (url, error) = PublicBaseUrl.Parse(value);

        Assert.Null(url);
        Assert.Contains("Wq:PublicBaseUrl", error);
    }

    [Fact]
    public void Production_start_up_without_a_public_address_refuses_with_a_clear_message()
    {
        using var factory = new BareFactory("Production", publicBaseUrl: null);

        var failure = Assert.ThrowsAny<Exception>(() => factory.Services);

        var message = Flatten(failure);
        Assert.Contains("Wq:PublicBaseUrl is required outside Development", message);
    }

    [Fact]
    public async Task Verify_links_come_from_the_setting_and_a_forged_Host_is_refused()
    {
        using var client = app.NewClient();
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        forged.Headers.Host = "attacker.example";

        var response = await client.SendAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var link = app.Services.GetRequiredService<PublicUrl>().Verify("2027109991000001", "ABCD");
        Assert.Equal("https://wq.example.edu.cn/verify?n=2027109991000001&c=ABCD", link);
    }

    [Fact]
    public async Task In_Development_the_first_request_Host_does_not_become_the_printed_address()
    {
        await using var factory = new BareFactory("Development", publicBaseUrl: null);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://attacker.example") });

        await client.GetAsync("/Account/Login");

        var publicUrl = factory.Services.GetRequiredService<PublicUrl>();
        Assert.Equal(PublicBaseUrl.DevelopmentDefault, publicUrl.Base);
        Assert.DoesNotContain("attacker", publicUrl.Verify("1", "2"));
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);

    /// <summary>An app on an empty data folder with the given environment and address.</summary>
    internal sealed class BareFactory(string environment, string? publicBaseUrl) : WebApplicationFactory<Program>
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "wq-tests", "bare-" + Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Wq:DataDirectory", _dir);
            builder.UseSetting("Wq:PublicBaseUrl", publicBaseUrl ?? "");
            builder.UseSetting("Demo:Seed", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseStaticWebAssets();
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try { if (Directory.Exists(_dir)) Directory.Delete(_dir, true); } catch (IOException) { }
        }
    }
}
