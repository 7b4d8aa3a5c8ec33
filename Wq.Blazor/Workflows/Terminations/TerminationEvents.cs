using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Domain.Model;
using Wq.Blazor.Domain.Workflows;
using Wq.Blazor.Infrastructure.Live;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Terminations;

/// <summary>Scope checks, relative roles and who hears about a termination request.</summary>
internal static class TerminationEvents
{
    /// <summary>The parties' agreement pages and both review queues.</summary>
    public static void Publish(TransitionScope scope, Termination t)
    {
        var topics = new List<string>
        {
            LiveUpdateBus.GraduateTopic(t.GraduateId), LiveUpdateBus.SchoolQueueTopic(t.SchoolId),
            LiveUpdateBus.DepartmentQueueTopic(t.DepartmentId), LiveUpdateBus.RecordTopic("Agreement", t.AgreementId),
            LiveUpdateBus.RecordTopic("Termination", t.Id),
        };
        if (t.EmployerId is { } e) topics.Add(LiveUpdateBus.EmployerTopic(e));
        scope.Publish("Termination", t.Id, [.. topics]);
    }

    /// <summary>Initiator or Counterparty, as the termination table knows them.</summary>
    public static Actor RelativeActor(ActorContext actor, Termination t) =>
        actor.Role == t.InitiatorRole ? Actor.Initiator : Actor.Counterparty;

    public static async Task<(Termination, Agreement, ReviewMode)> LoadAsPartyAsync(TransitionScope scope, long id)
    {
        var a = scope.Actor;
        var t = await scope.Db.Terminations.FirstOrDefaultAsync(x => x.Id == id &&
                    ((a.IsGraduate && x.GraduateId == a.GraduateId) || (a.IsEmployer && x.EmployerId == a.EmployerId)))
                ?? throw WorkflowRefusal.Missing();
        var agreement = await scope.Db.Agreements.FirstAsync(x => x.Id == t.AgreementId);
        return (t, agreement, await SigningEvents.ModeAsync(scope, t.SchoolId));
    }

    public static Task NotifyCounterpartyAsync(TransitionScope scope, Termination t, Agreement a, string title, string body) =>
        t.InitiatorRole == Domain.Roles.Graduate
            ? SigningEvents.NotifyEmployerAsync(scope, a, title, body)
            : SigningEvents.NotifyGraduateAsync(scope, a, title, body);

    public static Task NotifyInitiatorAsync(TransitionScope scope, Termination t, Agreement a, string title, string body) =>
        t.InitiatorRole == Domain.Roles.Graduate
            ? SigningEvents.NotifyGraduateAsync(scope, a, title, body)
            : SigningEvents.NotifyEmployerAsync(scope, a, title, body);

    public static async Task NotifyBothAsync(TransitionScope scope, Agreement a, string title, string body)
    {
        await SigningEvents.NotifyGraduateAsync(scope, a, title, body);
        await SigningEvents.NotifyEmployerAsync(scope, a, title, body);
    }
}
