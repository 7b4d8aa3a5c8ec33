using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Review;

/// <summary>What the offline-signing and paper-registration gates share: loading an item and deciding it.</summary>
internal static class ChannelReviewQueries
{
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
