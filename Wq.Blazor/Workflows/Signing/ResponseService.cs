using Microsoft.EntityFrameworkCore;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>The graduate's answer to an invitation (guide §3.2): 接受 or 拒绝, within the response window.</summary>
public sealed class ResponseService(WorkflowRunner runner)
{
    public const string ExpiredMessage = "该签约邀请已超过应约有效期,无法操作";

    public Task<OpResult<bool>> AcceptAsync(ActorContext actor, long agreementId, int? version = null) =>
        runner.RunAsync(actor, async scope =>
        {
            var (agreement, mode) = await AgreementAccess.LoadAsync(scope, agreementId, a => a.IsGraduate);
            var graduate = await scope.Db.Graduates.Include(g => g.School).FirstAsync(g => g.Id == agreement.GraduateId);
            if (graduate.InfoConfirmedAt is null) throw new WorkflowRefusal("请先确认基本信息");
            EnsureOpen(scope, agreement);
            // The move takes the current destination (refused while another agreement is current).
            await scope.MoveAsync(agreement, OnlineSigningWorkflow.Table, AgreementTrigger.Accept, Actor.Graduate, mode,
                expectedVersion: version);
            agreement.Number ??= await AgreementNumbers.NextAsync(scope, graduate.School!, graduate);
            // Name the gate it now waits at (the school's review mode decides 院系 or 学校), as the graduate's message does.
            await AgreementNotifier.NotifyEmployerAsync(scope, agreement, "毕业生已接受签约邀请",
                $"{Masking.MaskName(graduate.Name)}接受了你的签约邀请,目前{AgreementStates.Label(agreement.State, agreement.Channel)}。");
            AgreementNotifier.Publish(scope, agreement);
        }, CurrentDestination.RaceMessage);

    public Task<OpResult<bool>> RejectAsync(ActorContext actor, long agreementId, string? reason, int? version = null) =>
        runner.RunAsync(actor, async scope =>
        {
            var (agreement, mode) = await AgreementAccess.LoadAsync(scope, agreementId, a => a.IsGraduate);
            if (!await scope.Db.Graduates.AnyAsync(g => g.Id == agreement.GraduateId && g.InfoConfirmedAt != null))
                throw new WorkflowRefusal("请先确认基本信息");
            EnsureOpen(scope, agreement);
            var text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            if (text?.Length > 500) throw new WorkflowRefusal("拒绝原因不能超过500字");
            await scope.MoveAsync(agreement, OnlineSigningWorkflow.Table, AgreementTrigger.Reject, Actor.Graduate, mode, text, version);
            // SPEC §3 rule 1: while another agreement is current this invitation is view-only (只能查看,无法操作).
            if (await CurrentDestination.BlockerForAgreementAsync(scope.Db, agreement.GraduateId) is { } blocker)
                throw new WorkflowRefusal(blocker);
            agreement.LastOpinion = text;
            await AgreementNotifier.NotifyEmployerAsync(scope, agreement, "毕业生已拒绝签约邀请",
                text is null ? "毕业生拒绝了你的签约邀请。" : $"毕业生拒绝了你的签约邀请,原因:{text}");
            AgreementNotifier.Publish(scope, agreement);
        });

    /// <summary>Expiry is exact: a late answer is refused whether or not the expiry job has run yet.</summary>
    internal static void EnsureOpen(TransitionScope scope, Agreement agreement)
    {
        if (IsPastDeadline(agreement, scope.Now)) throw new WorkflowRefusal(ExpiredMessage);
    }

    /// <summary>An invitation whose response window has closed, expired or not yet marked so.</summary>
    internal static bool IsPastDeadline(Agreement agreement, DateTimeOffset now) => IsPastDeadline(agreement.State, agreement.ExpiresAt, now);

    internal static bool IsPastDeadline(AgreementState state, DateTimeOffset? expiresAt, DateTimeOffset now) =>
        state == AgreementState.Invited && expiresAt is { } due && now >= due;
}
