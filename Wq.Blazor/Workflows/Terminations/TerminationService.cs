using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Terminations;

/// <summary>
/// 线上解约 (guide §4, SPEC §4.2): either party of a 签约成功 online agreement applies, the other
/// answers, then the school's review gate decides (see <see cref="TerminationReview"/>).
/// </summary>
public sealed class TerminationService(WorkflowRunner runner)
{
    public const string AlreadyOpen = "该协议已有一条解约申请正在处理中";

    public Task<OpResult<long>> ApplyAsync(ActorContext actor, long agreementId, string reasonCode, string? explanation) =>
        runner.RunAsync(actor, async scope =>
        {
            var agreement = await LoadAgreementAsParty(scope, agreementId);
            var reason = TerminationReasons.Find(reasonCode) ?? throw new WorkflowRefusal("请选择解约原因");
            var text = explanation?.Trim();
            if (reason.RequiresExplanation && string.IsNullOrEmpty(text)) throw new WorkflowRefusal("选择「其他原因」时请填写解约说明");
            if (text?.Length > 1000) throw new WorkflowRefusal("解约说明不能超过1000字");
            if (agreement.Channel != AgreementChannel.Online) throw new WorkflowRefusal("线下签约的协议请通过线下解约办理");
            if (agreement.State != AgreementState.Signed) throw new WorkflowRefusal("只有签约成功的协议才能申请解约");
            if (await scope.Db.Terminations.AnyAsync(t => t.OpenAgreementId == agreement.Id)) throw new WorkflowRefusal(AlreadyOpen);
            var mode = await AgreementAccess.ModeAsync(scope, agreement.SchoolId);

            var termination = new Termination
            {
                AgreementId = agreement.Id, GraduateId = agreement.GraduateId, SchoolId = agreement.SchoolId,
                DepartmentId = agreement.DepartmentId, EmployerId = agreement.EmployerId, Online = true,
                InitiatorRole = actor.Role, ReasonCode = reason.Code, Explanation = text, CreatedAt = scope.Now,
            };
            await scope.StartAsync(termination, TerminationWorkflow.Online, TerminationTrigger.Apply, actor.TableActor!.Value, mode,
                $"{reason.Name} {text}".Trim());
            var who = actor.IsGraduate ? "毕业生" : agreement.EmployerInfo.Name;
            await TerminationNotifier.NotifyCounterpartyAsync(scope, termination, agreement, "收到解约申请",
                $"{who}申请解除协议 {agreement.Number},原因:{reason.Name}。请确认是否同意。");
            TerminationNotifier.Publish(scope, termination);
            return termination.Id;
        }, AlreadyOpen);

    /// <summary>The other party's 同意 / 不同意 (a reason is required to disagree).</summary>
    public Task<OpResult<bool>> AnswerAsync(ActorContext actor, long terminationId, bool agree, string? reason, int? version = null) =>
        runner.RunAsync(actor, async scope =>
        {
            var (t, agreement, mode) = await TerminationAccess.LoadAsPartyAsync(scope, terminationId);
            var text = reason?.Trim();
            if (!agree && string.IsNullOrEmpty(text)) throw new WorkflowRefusal("不同意解约时请填写原因");
            if (text?.Length > 500) throw new WorkflowRefusal("原因不能超过500字");
            var to = await scope.MoveAsync(t, TerminationWorkflow.Online, agree ? TerminationTrigger.Agree : TerminationTrigger.Decline,
                TerminationAccess.RelativeActor(actor, t), mode, text, version);
            t.CounterpartyOpinion = text;
            if (to == TerminationState.Declined)
            {
                await TerminationNotifier.NotifyInitiatorAsync(scope, t, agreement, "对方不同意解约", $"对方不同意解约:{text}。协议仍然有效。");
            }
            else
            {
                await TerminationNotifier.NotifyInitiatorAsync(scope, t, agreement, "对方已同意解约", "对方已同意解约,等待学校(院系)审核。");
            }
            TerminationNotifier.Publish(scope, t);
        });

    /// <summary>The initiator's 撤销 while the other side has not answered.</summary>
    public Task<OpResult<bool>> CancelAsync(ActorContext actor, long terminationId, int? version = null) =>
        runner.RunAsync(actor, async scope =>
        {
            var (t, agreement, mode) = await TerminationAccess.LoadAsPartyAsync(scope, terminationId);
            await scope.MoveAsync(t, TerminationWorkflow.Online, TerminationTrigger.Cancel, TerminationAccess.RelativeActor(actor, t), mode,
                expectedVersion: version);
            await TerminationNotifier.NotifyCounterpartyAsync(scope, t, agreement, "解约申请已撤销", "对方撤销了解约申请,协议仍然有效。");
            TerminationNotifier.Publish(scope, t);
        });

    private static async Task<Agreement> LoadAgreementAsParty(TransitionScope scope, long agreementId) =>
        (await AgreementAccess.LoadAsync(scope, agreementId, a => a.IsGraduate || a.IsEmployer)).Agreement;
}
