using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Terminations;

/// <summary>Loads a termination request for one of its parties, and names their side of it.</summary>
internal static class TerminationAccess
{
    /// <summary>Initiator or Counterparty, as the termination table knows them.</summary>
    public static Actor RelativeActor(ActorContext actor, Termination t) =>
        actor.Role == t.InitiatorRole ? Actor.Initiator : Actor.Counterparty;

    public static async Task<(Termination, Agreement, ReviewMode)> LoadAsPartyAsync(TransitionScope scope, long id)
    {
        var reference = new RecordRef(RecordKind.Termination, id);
        if (!scope.Actor.IsGraduate && !scope.Actor.IsEmployer) throw WorkflowRefusal.Missing(reference);
        var t = await scope.Db.Terminations.Visible(scope.Actor).FirstOrDefaultAsync(x => x.Id == id)
                ?? throw WorkflowRefusal.Missing(reference);
        var agreement = await scope.Db.Agreements.FirstAsync(x => x.Id == t.AgreementId);
        return (t, agreement, await AgreementAccess.ModeAsync(scope, t.SchoolId));
    }
}
