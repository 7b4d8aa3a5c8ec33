using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Model;
using Wq.Blazor.Domain.Workflows;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>
/// SPEC §3: at most one current destination per graduate. The claim row's primary key is the
/// graduate, so the database refuses a second one even if two servers race past these checks.
/// </summary>
internal static class CurrentDestination
{
    public const string RaceMessage = "你已有当前去向(可能刚刚在其他页面完成了操作),请刷新后查看";

    /// <summary>
    /// Why the graduate's invitations are view-only now (rule 1), or null when they can be answered.
    /// The services refuse with it and the detail page shows it, so both say the same thing.
    /// </summary>
    public static async Task<string?> BlockerForAgreementAsync(WqDbContext db, int graduateId)
    {
        var claim = await db.DestinationClaims.AsNoTracking().FirstOrDefaultAsync(c => c.GraduateId == graduateId);
        if (claim is not { Kind: DestinationKind.Agreement }) return null;
        var employer = await db.Agreements.Where(a => a.Id == claim.RecordId).Select(a => a.EmployerInfo.Name).FirstOrDefaultAsync();
        return $"你已与{employer}签约,其他签约邀请只能查看,无法操作";
    }

    /// <summary>
    /// Makes <paramref name="agreement"/> the current destination. A current destination
    /// registration is voided in the same transaction (rule 3); a current agreement refuses (rule 1).
    /// </summary>
    public static async Task ClaimForAgreementAsync(TransitionScope scope, Graduate graduate, Agreement agreement, ReviewMode mode)
    {
        if (await BlockerForAgreementAsync(scope.Db, graduate.Id) is { } blocker) throw new WorkflowRefusal(blocker);
        var claim = await scope.Db.DestinationClaims.FirstOrDefaultAsync(c => c.GraduateId == graduate.Id);
        if (claim is null)
        {
            scope.Db.DestinationClaims.Add(new DestinationClaim
            { GraduateId = graduate.Id, Kind = DestinationKind.Agreement, RecordId = agreement.Id, ClaimedAt = scope.Now });
            return;
        }
        var registration = await scope.Db.DestinationRegistrations.FirstAsync(r => r.Id == claim.RecordId);
        scope.Move(registration, RegistrationWorkflow.Table, RegistrationTrigger.VoidBySigning, Actor.System, mode,
            "毕业生开始签约,原去向登记自动作废");
        if (graduate.UserId is not null)
            scope.Notify([graduate.UserId], "去向登记已作废", "你已开始签约,原毕业去向登记自动变为「已作废」。", "/graduate");
        scope.Publish("DestinationRegistration", registration.Id, LiveUpdateBus.GraduateTopic(graduate.Id),
            LiveUpdateBus.SchoolQueueTopic(registration.SchoolId), LiveUpdateBus.DepartmentQueueTopic(registration.DepartmentId));
        claim.Kind = DestinationKind.Agreement;
        claim.RecordId = agreement.Id;
        claim.ClaimedAt = scope.Now;
    }

    /// <summary>Frees the graduate when their current agreement ends (签约失败, 已解约, 已作废).</summary>
    public static async Task ReleaseAsync(TransitionScope scope, int graduateId, DestinationKind kind, long recordId)
    {
        var claim = await scope.Db.DestinationClaims.FirstOrDefaultAsync(c => c.GraduateId == graduateId);
        if (claim is not null && claim.Kind == kind && claim.RecordId == recordId)
            scope.Db.DestinationClaims.Remove(claim);
    }
}
