using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Review;

/// <summary>The school's (院系/学校) 签约审核 of an accepted online invitation (guide §3.3).</summary>
public sealed class OnlineSigningReview(AgreementIssuer issuer) : IReviewHandler
{
    public string Kind => ReviewKinds.OnlineSigning;

    public IReadOnlyList<ReviewDecision> Decisions { get; } = [ReviewDecision.Approve, ReviewDecision.Fail];

    public async Task DecideAsync(TransitionScope scope, ReviewCommand command)
    {
        if (command.Decision == ReviewDecision.Return) throw new WorkflowRefusal("线上签约审核只能通过或不通过");
        var reviewer = scope.Actor;
        var agreement = await scope.Db.Agreements.Visible(reviewer)
                            .FirstOrDefaultAsync(a => a.Id == command.Id && a.Channel == AgreementChannel.Online)
                        ?? throw WorkflowRefusal.Missing(new(RecordKind.Agreement, command.Id));
        var mode = await AgreementAccess.ModeAsync(scope, agreement.SchoolId);
        var trigger = command.Decision == ReviewDecision.Approve ? AgreementTrigger.Approve : AgreementTrigger.Fail;
        var (actor, reason) = await ReviewerGate.ActingAsync(scope, AgreementStates.ReviewLevel(agreement.State), agreement.DepartmentId,
            command.Opinion?.Trim());
        var to = await scope.MoveAsync(agreement, OnlineSigningWorkflow.Table, trigger, actor, mode, reason, command.ExpectedVersion);
        agreement.LastOpinion = command.Opinion?.Trim();

        switch (to)
        {
            case AgreementState.Signed:
                await issuer.QueueAsync(scope, agreement);
                await AgreementNotifier.NotifyGraduateAsync(scope, agreement, "签约成功", $"你与{agreement.EmployerInfo.Name}的签约已审核通过,可查看、下载电子就业协议书。");
                await AgreementNotifier.NotifyEmployerAsync(scope, agreement, "签约成功", $"协议书编号 {agreement.Number} 已签约成功。");
                break;
            case AgreementState.ReviewFailed:
                var level = reviewer.IsDepartmentReviewer ? "院系" : "学校";
                await AgreementNotifier.NotifyGraduateAsync(scope, agreement, "签约失败", $"{level}审核不通过:{command.Opinion}。如仍需签约,请与单位协商后由单位重新发起邀请。");
                await AgreementNotifier.NotifyEmployerAsync(scope, agreement, "签约失败", $"{level}审核不通过:{command.Opinion}");
                break;
            default:
                await AgreementNotifier.NotifyGraduateAsync(scope, agreement, "院系审核已通过", "你的签约已通过院系审核,等待学校审核。");
                break;
        }
        AgreementNotifier.Publish(scope, agreement);
    }
}
