using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>Marks invitations past their response window 已过期 and tells both sides.</summary>
public sealed class ExpiryService(IDbContextFactory<WqDbContext> dbFactory, WorkflowRunner runner, TimeProvider clock)
{
    public async Task<int> ExpireDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var due = await db.Agreements.Where(a => a.State == AgreementState.Invited && a.ExpiresAt <= now).OrderBy(a => a.ExpiresAt)
            .Select(a => a.Id).Take(500).ToListAsync(ct);
        var expired = 0;
        foreach (var id in due)
        {
            // One transaction per invitation: a graduate answering right now wins or loses cleanly.
            var result = await runner.RunAsync(ActorContext.System, async scope =>
            {
                var a = await scope.Db.Agreements.FirstAsync(x => x.Id == id);
                if (a.State != AgreementState.Invited) return false;
                var mode = await AgreementAccess.ModeAsync(scope, a.SchoolId);
                await scope.MoveAsync(a, OnlineSigningWorkflow.Table, AgreementTrigger.Expire, Actor.System, mode, "超过应约有效期未回应");
                await AgreementNotifier.NotifyGraduateAsync(scope, a, "签约邀请已过期", $"{a.EmployerInfo.Name}的签约邀请已超过应约有效期,自动作废。");
                await AgreementNotifier.NotifyEmployerAsync(scope, a, "签约邀请已过期", "毕业生在应约有效期内未回应,邀请已过期,你可以重新发起邀请。");
                AgreementNotifier.Publish(scope, a);
                return true;
            }, ct: ct);
            if (result.Ok && result.Value) expired++;
        }
        return expired;
    }
}

/// <summary>Runs <see cref="ExpiryService"/> every minute.</summary>
public sealed class ExpiryJob(ExpiryService expiry, ILogger<ExpiryJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        do
        {
            try
            {
                var n = await expiry.ExpireDueAsync(stoppingToken);
                if (n > 0) log.LogInformation("Expired {Count} invitations", n);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Invitation expiry run failed");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
