using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wq.Blazor.Data;

namespace Wq.Blazor.Hosting.Production;

/// <summary>
/// /health/live answers while the process serves requests (no dependencies, so a slow database
/// never gets the process killed); /health/ready also needs the database reachable and every
/// migration applied, so a load balancer holds traffic during an upgrade.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static void AddWqHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddDbContextCheck<WqDbContext>("database", tags: [Ready])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: [Ready]);

    public static void MapWqHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) });
    }
}

/// <summary>Unhealthy while the database lacks a migration this build knows about.</summary>
public sealed class MigrationsAppliedCheck(IDbContextFactory<WqDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending.Count} pending migration(s): {string.Join(", ", pending)}");
    }
}
