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

    /// <summary>
    /// The reviewer's answer to an offline or paper agreement: loaded in scope, moved by its channel's
    /// table (the school standing in for an unstaffed department where it may), the opinion kept.
    /// </summary>
    public static async Task<(Agreement Agreement, AgreementState To, string? Opinion)> DecideAsync(
        TransitionScope scope, ReviewCommand command, AgreementChannel channel)
    {
        var (a, mode) = await LoadAsync(scope, command.Id, channel);
        var opinion = command.Opinion?.Trim();
        var (actor, reason) = await ReviewerGate.ActingAsync(scope, AgreementStates.ReviewLevel(a.State), a.DepartmentId, opinion);
        var to = await scope.MoveAsync(a, AgreementWorkflows.For(channel), TriggerOf(command.Decision),
            actor, mode, reason, command.ExpectedVersion);
        a.LastOpinion = opinion;
        return (a, to, opinion);
    }

    public static AgreementTrigger TriggerOf(ReviewDecision d) => d switch
    {
        ReviewDecision.Approve => AgreementTrigger.Approve,
        ReviewDecision.Return => AgreementTrigger.Return,
        _ => AgreementTrigger.Fail,
    };
}
