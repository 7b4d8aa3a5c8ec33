using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Terminations;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>What the graduate's home shows as 当前去向.</summary>
/// <param name="TerminationAwaitsGraduate">The employer applied to terminate this agreement and waits for the graduate's answer.</param>
public sealed record CurrentDestinationView(RecordRef Record, string Title, string StateLabel, bool TerminationAwaitsGraduate = false);

public sealed class CurrentDestinationQuery(IDbContextFactory<WqDbContext> dbFactory)
{
    public async Task<CurrentDestinationView?> ForGraduateAsync(ActorContext actor)
    {
        if (!actor.IsGraduate) return null;
        await using var db = await dbFactory.CreateDbContextAsync();
        var claim = await db.DestinationClaims.AsNoTracking().FirstOrDefaultAsync(c => c.GraduateId == actor.GraduateId);
        if (claim is null) return null;
        if (claim.Kind == DestinationKind.Agreement)
        {
            var a = await db.Agreements.AsNoTracking().Where(x => x.Id == claim.RecordId)
                .Select(x => new { x.EmployerInfo.Name, x.State, x.Channel }).FirstAsync();
            var awaits = await db.Terminations.Where(TerminationQueries.AwaitingAnswerFrom(Roles.Graduate))
                .AnyAsync(t => t.AgreementId == claim.RecordId);
            return new(new RecordRef(RecordKind.Agreement, claim.RecordId), $"就业协议:{a.Name}", AgreementStates.Label(a.State, a.Channel), awaits);
        }
        var r = await db.DestinationRegistrations.AsNoTracking().Where(x => x.Id == claim.RecordId)
            .Select(x => new { x.DestinationCode, x.OrganisationName, x.State }).FirstAsync();
        return new(new RecordRef(RecordKind.DestinationRegistration, claim.RecordId),
            // Some types (46 应征义务兵, 70 待就业) have no unit or school to name.
            r.OrganisationName.Length == 0 ? $"{DestinationTypes.Find(r.DestinationCode)?.Name}"
                : $"{DestinationTypes.Find(r.DestinationCode)?.Name}:{r.OrganisationName}", RegistrationWorkflow.Label(r.State));
    }
}
