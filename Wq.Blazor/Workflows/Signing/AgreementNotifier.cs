using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>Who hears about a change to an agreement: live topics and 站内信 to the parties.</summary>
internal static class AgreementNotifier
{
    /// <summary>Everyone whose open pages show this agreement: both parties and both review queues.</summary>
    public static void Publish(TransitionScope scope, Agreement a)
    {
        var topics = new List<string>
        {
            LiveUpdateBus.GraduateTopic(a.GraduateId),
            LiveUpdateBus.SchoolQueueTopic(a.SchoolId),
            LiveUpdateBus.DepartmentQueueTopic(a.DepartmentId),
            LiveUpdateBus.RecordTopic(a.Ref),
        };
        if (a.EmployerId is { } e) topics.Add(LiveUpdateBus.EmployerTopic(e));
        scope.Publish(a.Ref, [.. topics]);
    }

    public static async Task NotifyGraduateAsync(TransitionScope scope, Agreement a, string title, string body)
    {
        var userId = await scope.Db.Graduates.Where(g => g.Id == a.GraduateId).Select(g => g.UserId).FirstOrDefaultAsync();
        scope.Notify([userId], Roles.Graduate, title, body, a.Ref);
    }

    public static async Task NotifyEmployerAsync(TransitionScope scope, Agreement a, string title, string body)
    {
        if (a.EmployerId is not { } employerId) return;
        var staff = await scope.Db.Users.Where(u => u.EmployerId == employerId).Select(u => u.Id).ToListAsync();
        scope.Notify(staff, Roles.Employer, title, body, a.Ref);
    }
}
