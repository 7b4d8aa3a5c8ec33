using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Destinations;

namespace Wq.Blazor.Workflows.Review;

/// <summary>
/// 学校(院系)登记审核 of other destinations (guide §8.2): 通过, 退回修改 (the graduate edits and
/// resubmits) or 不通过 (已作废). A change (变更) waits at the same gates; approving it voids the
/// registration it replaces, which the core does when the change takes the current destination.
/// </summary>
public sealed class DestinationRegistrationReview : IReviewHandler
{
    public string Kind => ReviewKinds.DestinationRegistration;

    public IReadOnlyList<ReviewDecision> Decisions { get; } = [ReviewDecision.Approve, ReviewDecision.Return, ReviewDecision.Fail];

    public async Task DecideAsync(TransitionScope scope, ReviewCommand command)
    {
        var reviewer = scope.Actor;
        var r = await scope.Db.DestinationRegistrations.Visible(reviewer).FirstOrDefaultAsync(x => x.Id == command.Id)
                ?? throw WorkflowRefusal.Missing(new RecordRef(RecordKind.DestinationRegistration, command.Id));
        var trigger = command.Decision switch
        {
            ReviewDecision.Approve => RegistrationTrigger.Approve,
            ReviewDecision.Return => RegistrationTrigger.Return,
            _ => RegistrationTrigger.Fail,
        };
        var opinion = string.IsNullOrWhiteSpace(command.Opinion) ? null : command.Opinion.Trim();
        var (actor, reason) = await ReviewerGate.ActingAsync(scope, RegistrationWorkflow.ReviewLevelOf(r.State), r.DepartmentId, opinion);
        var to = await scope.MoveAsync(r, RegistrationWorkflow.Table, trigger, actor,
            await RegistrationService.ModeAsync(scope, r), reason, command.ExpectedVersion);
        if (command.Decision != ReviewDecision.Approve) r.LastOpinion = opinion;

        var type = DestinationTypes.Find(r.DestinationCode)?.Name;
        var (title, body) = to switch
        {
            RegistrationState.Approved when r.ReplacesId is not null => ("去向变更审核通过", $"你的毕业去向变更({type})已审核通过,原登记已作废。"),
            RegistrationState.Approved => ("去向登记审核通过", $"你的毕业去向登记({type})已审核通过。"),
            RegistrationState.Returned or RegistrationState.ChangeReturned => ("去向登记退回修改", $"你的毕业去向登记被退回修改:{opinion}。请修改后重新提交。"),
            RegistrationState.ReviewFailed => ("去向登记审核不通过", $"你的毕业去向登记审核不通过:{opinion}。登记已作废,可重新登记。"),
            _ => ("去向登记院系审核已通过", "你的毕业去向登记已通过院系审核,等待学校审核。"),
        };
        await RegistrationNotifier.NotifyGraduateAsync(scope, r, title, body);
        RegistrationNotifier.Publish(scope, r);
    }
}
