using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Wq.Blazor.Infrastructure;

namespace Wq.Blazor.Data.Provider;

public static class DatabaseSetup
{
    /// <summary>Registers the DbContext factory for the configured provider.</summary>
    public static IServiceCollection AddWqDatabase(this IServiceCollection services, IConfiguration config, string dataDirectory)
    {
        var provider = config[$"{WqOptions.Section}:DatabaseProvider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            throw new NotSupportedException($"Database provider '{provider}' is not available in this build; use Sqlite.");

        var connectionString = config.GetConnectionString("Wq")
            ?? $"Data Source={Path.Combine(dataDirectory, "wq.db")};Pooling=True;Default Timeout=30";
        var interceptor = new SqlitePragmaInterceptor();
        var statistics = new SqliteStatisticsInterceptor();
        // Migrate() would otherwise rebuild the model from OnModelCreating and diff it against the
        // migrations' snapshot on every start (~0.6 s of CPU, issue 12); Data/ModelCurrencyTests
        // makes the same check once, at test time (ADR 0021).
        // Pooled: every unit of work creates a context, and a fresh one resolves its internal services
        // again (issue 10's batch profile); a pooled one is reset and reused.
        services.AddPooledDbContextFactory<WqDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(interceptor, statistics)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        services.AddSingleton<WriteGate>();
        // Identity's stores resolve a scoped context; give them one from the factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>Applies migrations and asserts the SQLite durability settings.</summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContextAsync();
        if (db.Database.IsSqlite())
            await SqlitePragmaInterceptor.EnsureWalAndAssertAsync(db);
        await db.Database.MigrateAsync();
    }
}
