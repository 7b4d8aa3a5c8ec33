using Wq.Blazor.Infrastructure.Live;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Terminations;

/// <summary>Who hears about a termination request: live topics and 站内信 to either party.</summary>
internal static class TerminationNotifier
{
    /// <summary>The parties' agreement pages and both review queues.</summary>
    public static void Publish(TransitionScope scope, Termination t)
    {
        var topics = new List<string>
        {
            LiveUpdateBus.GraduateTopic(t.GraduateId), LiveUpdateBus.SchoolQueueTopic(t.SchoolId),
            LiveUpdateBus.DepartmentQueueTopic(t.DepartmentId),
            LiveUpdateBus.RecordTopic(new(Domain.Records.RecordKind.Agreement, t.AgreementId)),
            LiveUpdateBus.RecordTopic(t.Ref),
        };
        if (t.EmployerId is { } e) topics.Add(LiveUpdateBus.EmployerTopic(e));
        scope.Publish(t.Ref, [.. topics]);
    }

    public static Task NotifyCounterpartyAsync(TransitionScope scope, Termination t, Agreement a, string title, string body) =>
        t.InitiatorRole == Roles.Graduate
            ? AgreementNotifier.NotifyEmployerAsync(scope, a, title, body)
            : AgreementNotifier.NotifyGraduateAsync(scope, a, title, body);

    public static Task NotifyInitiatorAsync(TransitionScope scope, Termination t, Agreement a, string title, string body) =>
        t.InitiatorRole == Roles.Graduate
            ? AgreementNotifier.NotifyGraduateAsync(scope, a, title, body)
            : AgreementNotifier.NotifyEmployerAsync(scope, a, title, body);

    public static async Task NotifyBothAsync(TransitionScope scope, Agreement a, string title, string body)
    {
        await AgreementNotifier.NotifyGraduateAsync(scope, a, title, body);
        await AgreementNotifier.NotifyEmployerAsync(scope, a, title, body);
    }
}
