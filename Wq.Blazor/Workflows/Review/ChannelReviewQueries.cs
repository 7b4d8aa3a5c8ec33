using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Review;

/// <summary>What the offline-signing and paper-registration gates share: their queue rows and loading an item.</summary>
internal static class ChannelReviewQueries
{
    /// <summary>Agreements of <paramref name="channel"/> waiting in one of <paramref name="states"/>, in the reviewer's scope.</summary>
    public static async Task<IReadOnlyList<ReviewItem>> PendingAsync(WqDbContext db, ActorContext reviewer, string kind,
        AgreementChannel channel, AgreementState[] states, CancellationToken ct)
    {
        var rows = await db.Agreements.AsNoTracking().Visible(reviewer)
            .Where(a => a.Channel == channel && states.Contains(a.State))
            .OrderBy(a => a.AnsweredAt)
            .Select(a => new
            {
                a.Id, a.Version, a.Graduate!.Name, a.Graduate.StudentNo, Dept = a.Graduate.Department!.Name, a.Graduate.Major,
                a.Graduate.Level, Employer = a.EmployerInfo.Name, a.State, a.AnsweredAt, a.CreatedAt, a.Terms.PositionTitle,
            }).ToListAsync(ct);
        return rows.Select(r => new ReviewItem(kind, r.Id, r.Version, r.Name, r.StudentNo, r.Dept, r.Major, r.Level.Label(),
            r.Employer, AgreementStates.Label(r.State, channel), AgreementStates.ReviewLevel(r.State)!.Value, r.AnsweredAt ?? r.CreatedAt,
            $"岗位:{r.PositionTitle}")).ToList();
    }

    /// <summary>The item in the reviewer's scope, or "not found".</summary>
    public static async Task<(Agreement, ReviewMode)> LoadAsync(TransitionScope scope, long id, AgreementChannel channel) =>
        await scope.Db.Agreements.Visible(scope.Actor).FirstOrDefaultAsync(a => a.Id == id && a.Channel == channel) is { } a
            ? (a, await AgreementAccess.ModeAsync(scope, a.SchoolId))
            : throw WorkflowRefusal.Missing(new RecordRef(RecordKind.Agreement, id));

    public static AgreementTrigger TriggerOf(ReviewDecision d) => d switch
    {
        ReviewDecision.Approve => AgreementTrigger.Approve,
        ReviewDecision.Return => AgreementTrigger.Return,
        _ => AgreementTrigger.Fail,
    };
}
