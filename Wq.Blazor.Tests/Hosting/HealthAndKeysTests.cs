using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wq.Blazor.Data;
using Wq.Blazor.Hosting.Production;
using Wq.Blazor.Tests.Web;

namespace Wq.Blazor.Tests.Hosting;

[Collection(ProductionCollection.Name)]
public class HealthAndKeysTests(ProductionAppFixture app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Probes_answer_healthy_on_a_migrated_database(string path)
    {
        using var client = app.NewClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_fails_while_migrations_are_pending()
    {
        var path = Path.Combine(Path.GetTempPath(), "wq-tests", "unmigrated-" + Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new DbContextOptionsBuilder<WqDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
        var check = new MigrationsAppliedCheck(new PooledDbContextFactory<WqDbContext>(options));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("ProductionHardening", result.Description);
        File.Delete(path);
    }

    [Fact]
    public async Task Data_protection_keys_live_in_the_database_under_the_fixed_application_name()
    {
        Assert.Equal(0, (await app.AdminCreateAsync("ops-keys")).Exit);
        using var client = app.NewClient();
        await WebSession.PostLoginAsync(client, "ops-keys", ProductionAppFixture.AdminPassword);

        await using var db = app.NewDb();
        var keys = await db.DataProtectionKeys.ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains("<key ", k.Xml));
        var options = app.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value;
        Assert.Equal(DataProtectionSetup.ApplicationName, options.ApplicationDiscriminator);
    }
}
