using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
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
        scope.Notify([await GraduateUser(scope.Db, a.GraduateId)], Roles.Graduate, title, body, a.Ref);
    }

    public static async Task NotifyEmployerAsync(TransitionScope scope, Agreement a, string title, string body)
    {
        if (a.EmployerId is not { } employerId) return;
        var staff = new List<string>();
        await foreach (var id in EmployerStaff(scope.Db, employerId)) staff.Add(id);
        scope.Notify(staff, Roles.Employer, title, body, a.Ref);
    }

    // Compiled: nearly every agreement decision notifies both parties (issue 10's batch profile).
    private static readonly Func<WqDbContext, int, Task<string?>> GraduateUser =
        EF.CompileAsyncQuery((WqDbContext db, int graduateId) => db.Graduates.Where(g => g.Id == graduateId).Select(g => g.UserId).FirstOrDefault());

    private static readonly Func<WqDbContext, int, IAsyncEnumerable<string>> EmployerStaff =
        EF.CompileAsyncQuery((WqDbContext db, int employerId) => db.Users.Where(u => u.EmployerId == employerId).Select(u => u.Id));
}
