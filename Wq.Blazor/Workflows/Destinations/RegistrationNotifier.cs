using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Workflows.Destinations;

/// <summary>Who hears about a registration's change: the graduate (站内信 and home page) and both review queues.</summary>
internal static class RegistrationNotifier
{
    public static void Publish(TransitionScope scope, DestinationRegistration r) =>
        scope.Publish(r.Ref, LiveUpdateBus.GraduateTopic(r.GraduateId), LiveUpdateBus.SchoolQueueTopic(r.SchoolId),
            LiveUpdateBus.DepartmentQueueTopic(r.DepartmentId), LiveUpdateBus.RecordTopic(r.Ref));

    public static async Task NotifyGraduateAsync(TransitionScope scope, DestinationRegistration r, string title, string body)
    {
        var userId = await scope.Db.Graduates.Where(g => g.Id == r.GraduateId).Select(g => g.UserId).FirstOrDefaultAsync();
        scope.Notify([userId], Roles.Graduate, title, body, r.Ref);
    }
}
