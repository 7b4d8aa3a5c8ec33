using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Domain.Model;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>Loading with scope checks, and who hears about a change to an agreement.</summary>
internal static class SigningEvents
{
    /// <summary>Everyone whose open pages show this agreement: both parties and both review queues.</summary>
    public static void Publish(TransitionScope scope, Agreement a)
    {
        var topics = new List<string>
        {
            LiveUpdateBus.GraduateTopic(a.GraduateId),
            LiveUpdateBus.SchoolQueueTopic(a.SchoolId),
            LiveUpdateBus.DepartmentQueueTopic(a.DepartmentId),
            LiveUpdateBus.RecordTopic("Agreement", a.Id),
        };
        if (a.EmployerId is { } e) topics.Add(LiveUpdateBus.EmployerTopic(e));
        scope.Publish("Agreement", a.Id, [.. topics]);
    }

    public static async Task NotifyGraduateAsync(TransitionScope scope, Agreement a, string title, string body)
    {
        var userId = await scope.Db.Graduates.Where(g => g.Id == a.GraduateId).Select(g => g.UserId).FirstOrDefaultAsync();
        if (userId is not null) scope.Notify([userId], title, body, $"/graduate/agreements/{a.Id}");
    }

    public static async Task NotifyEmployerAsync(TransitionScope scope, Agreement a, string title, string body)
    {
        if (a.EmployerId is not { } employerId) return;
        var staff = await scope.Db.Users.Where(u => u.EmployerId == employerId).Select(u => u.Id).ToListAsync();
        scope.Notify(staff, title, body, $"/employer/agreements/{a.Id}");
    }

    public static async Task<(Agreement Agreement, ReviewMode Mode)> LoadForEmployerAsync(TransitionScope scope, long id)
    {
        if (!scope.Actor.IsEmployer) throw WorkflowRefusal.Missing();
        var a = await scope.Db.Agreements.FirstOrDefaultAsync(x => x.Id == id && x.EmployerId == scope.Actor.EmployerId)
                ?? throw WorkflowRefusal.Missing();
        return (a, await ModeAsync(scope, a.SchoolId));
    }

    public static async Task<(Agreement Agreement, ReviewMode Mode)> LoadForGraduateAsync(TransitionScope scope, long id)
    {
        if (!scope.Actor.IsGraduate) throw WorkflowRefusal.Missing();
        var a = await scope.Db.Agreements.FirstOrDefaultAsync(x => x.Id == id && x.GraduateId == scope.Actor.GraduateId)
                ?? throw WorkflowRefusal.Missing();
        return (a, await ModeAsync(scope, a.SchoolId));
    }

    public static Task<ReviewMode> ModeAsync(TransitionScope scope, int schoolId) =>
        scope.Db.Schools.Where(s => s.Id == schoolId).Select(s => s.ReviewMode).FirstAsync();
}
