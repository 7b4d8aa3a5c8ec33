using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Data;
using Wq.Blazor.Tests.Workflows;

namespace Wq.Blazor.Tests.Hosting;

[CollectionDefinition(Name)]
public sealed class FaultyCollection : ICollectionFixture<FaultyAppFixture>
{
    public const string Name = "faulty";
}

/// <summary>
/// The demo app with a fault injector: a save that binds an armed roster name, or stores an
/// attachment with an armed file name, fails as a crash would (not a unique violation the
/// runner turns into a message). Registration throttling keeps its production default.
/// </summary>
public sealed class FaultyAppFixture : AppFixture
{
    public ConcurrentDictionary<string, bool> Armed { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Wq:RegistrationLimits:PerClientPer10Minutes", "10");
        builder.ConfigureServices(services =>
            services.ConfigureDbContext<WqDbContext>(o => o.AddInterceptors(new CrashInjector(Armed))));
    }

    private sealed class CrashInjector(ConcurrentDictionary<string, bool> armed) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
        {
            var tracker = eventData.Context!.ChangeTracker;
            var hit = tracker.Entries<Graduate>().Any(e => e.State == EntityState.Modified && armed.ContainsKey(e.Entity.Name))
                      || tracker.Entries<Attachment>().Any(e => e.State == EntityState.Added && armed.ContainsKey(e.Entity.FileName));
            if (hit) throw new IOException("simulated crash during save");
            return base.SavingChangesAsync(eventData, result, ct);
        }
    }
}
