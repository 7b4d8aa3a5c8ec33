using Microsoft.EntityFrameworkCore;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>Loads an agreement for a command, through the one scope rule, with its school's review mode.</summary>
internal static class AgreementAccess
{
    /// <summary>The agreement if the actor may see it and acts in <paramref name="role"/>; otherwise "not found".</summary>
    public static async Task<(Agreement Agreement, ReviewMode Mode)> LoadAsync(TransitionScope scope, long id, Func<ActorContext, bool> role)
    {
        var reference = new RecordRef(RecordKind.Agreement, id);
        if (!role(scope.Actor)) throw WorkflowRefusal.Missing(reference);
        var a = await scope.Db.Agreements.Visible(scope.Actor).FirstOrDefaultAsync(x => x.Id == id)
                ?? throw WorkflowRefusal.Missing(reference);
        return (a, await ModeAsync(scope, a.SchoolId));
    }

    public static Task<ReviewMode> ModeAsync(TransitionScope scope, int schoolId) => ReviewModes.OfSchoolAsync(scope.Db, schoolId);
}
