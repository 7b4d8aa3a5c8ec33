using Microsoft.EntityFrameworkCore;

namespace Wq.Blazor.Workflows.Accounts;

internal static class ProfileTracking
{
    /// <summary>The actor's own roster entry, tracked for change; anyone else gets "not found".</summary>
    public static async Task<Graduate> OwnGraduateAsync(this TransitionScope scope)
    {
        if (!scope.Actor.IsGraduate) throw WorkflowRefusal.Missing();
        return await scope.Db.Graduates.FirstOrDefaultAsync(g => g.Id == scope.Actor.GraduateId && g.UserId == scope.Actor.UserId)
               ?? throw WorkflowRefusal.Missing();
    }
}
