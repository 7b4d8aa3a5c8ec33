using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Terminations;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Review;

/// <summary>
/// The school's 解约审核 (guide §4.3, §6.2), in the same reviewer queue as signing. 通过 makes the
/// agreement 已解约 and frees the graduate; 不通过 leaves it 签约成功.
/// </summary>
public sealed class TerminationReview : IReviewHandler
{
    public string Kind => ReviewKinds.Termination;

    public IReadOnlyList<ReviewDecision> Decisions { get; } = [ReviewDecision.Approve, ReviewDecision.Fail];

    public async Task DecideAsync(TransitionScope scope, ReviewCommand command)
    {
        if (command.Decision == ReviewDecision.Return) throw new WorkflowRefusal("解约审核只能通过或不通过");
        var reviewer = scope.Actor;
        var t = await scope.Db.Terminations.Visible(reviewer).FirstOrDefaultAsync(x => x.Id == command.Id)
                ?? throw WorkflowRefusal.Missing(new(RecordKind.Termination, command.Id));
        var mode = await AgreementAccess.ModeAsync(scope, t.SchoolId);
        var table = t.Online ? TerminationWorkflow.Online : TerminationWorkflow.Offline;
        var (actor, reason) = await ReviewerGate.ActingAsync(scope, TerminationWorkflow.ReviewLevelOf(t.State), t.DepartmentId, command.Opinion?.Trim());
        var to = await scope.MoveAsync(t, table, command.Decision == ReviewDecision.Approve ? TerminationTrigger.Approve : TerminationTrigger.Fail,
            actor, mode, reason, command.ExpectedVersion);
        t.ReviewOpinion = command.Opinion?.Trim();
        var agreement = await scope.Db.Agreements.FirstAsync(a => a.Id == t.AgreementId);

        switch (to)
        {
            case TerminationState.Approved:
                await scope.MoveAsync(agreement, AgreementWorkflows.For(agreement.Channel), AgreementTrigger.Terminate, Actor.System, mode, "解约审核通过");
                await TerminationNotifier.NotifyBothAsync(scope, agreement, "解约成功", $"协议 {agreement.Number} 已解约。毕业生可与其他单位签约或登记其他毕业去向。");
                AgreementNotifier.Publish(scope, agreement);
                break;
            case TerminationState.Rejected:
                await TerminationNotifier.NotifyBothAsync(scope, agreement, "解约审核不通过", $"解约审核不通过:{command.Opinion}。协议仍然有效。");
                break;
            default:
                await TerminationNotifier.NotifyBothAsync(scope, agreement, "解约院系审核已通过", "解约申请已通过院系审核,等待学校审核。");
                break;
        }
        TerminationNotifier.Publish(scope, t);
    }
}
