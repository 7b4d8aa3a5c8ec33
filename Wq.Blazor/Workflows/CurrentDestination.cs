using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Records;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Workflows;

/// <summary>
/// SPEC §3: at most one current destination per graduate. The claim row's primary key is the
/// graduate, so the database refuses a second one even if two servers race past these checks.
/// Only the workflow core (<see cref="Holds"/>) takes or releases a claim.
/// </summary>
internal static class CurrentDestination
{
    public const string RaceMessage = "你已有当前去向(可能刚刚在其他页面完成了操作),请刷新后查看";

    /// <summary>
    /// Why the graduate cannot start an agreement now (rule 1), or null when they can. The services
    /// refuse with it and the detail page shows it, so both say the same thing.
    /// </summary>
    public static async Task<string?> BlockerForAgreementAsync(WqDbContext db, int graduateId)
    {
        var claim = await db.DestinationClaims.AsNoTracking().FirstOrDefaultAsync(c => c.GraduateId == graduateId);
        if (claim is not { Kind: DestinationKind.Agreement }) return null;
        var a = await db.Agreements.Where(x => x.Id == claim.RecordId).Select(x => new { x.EmployerInfo.Name, x.Channel, x.State }).FirstAsync();
        // An offline application or paper registration still in review is not yet 签约成功: say what it is.
        return a.Channel == AgreementChannel.Online || a.State == AgreementState.Signed
            ? $"你已与{a.Name}签约,其他签约邀请只能查看,无法操作"
            : $"你与{a.Name}的{(a.Channel == AgreementChannel.Offline ? "线下签约申请" : "就业协议登记")}正在办理中,其他签约邀请只能查看,无法操作";
    }

    /// <summary>Why the graduate cannot register another destination now (rule 4), or null.</summary>
    public static async Task<string?> BlockerForRegistrationAsync(WqDbContext db, int graduateId, long? replacing = null)
    {
        var claim = await db.DestinationClaims.AsNoTracking().FirstOrDefaultAsync(c => c.GraduateId == graduateId);
        if (claim is null || (claim.Kind == DestinationKind.Registration && claim.RecordId == replacing)) return null;
        return claim.Kind == DestinationKind.Agreement
            ? (await BlockerForAgreementAsync(db, graduateId))!.Replace("其他签约邀请只能查看,无法操作", "不能登记其他毕业去向,如需变更请先解约")
            : "你已有一条毕业去向登记,请在原登记上修改或等待审核";
    }

    /// <summary>
    /// Makes <paramref name="record"/> the graduate's current destination. An agreement takes it
    /// over from a current destination registration, which is voided in the same transaction
    /// (rule 3); anything else already current refuses (rules 1 and 4).
    /// </summary>
    public static async Task TakeAsync(TransitionScope scope, IDestinationRecord record)
    {
        var claim = await scope.Db.DestinationClaims.FirstOrDefaultAsync(c => c.GraduateId == record.GraduateId);
        if (claim is null)
        {
            scope.Db.DestinationClaims.Add(new DestinationClaim
            { GraduateId = record.GraduateId, Kind = record.DestinationKind, RecordId = record.Id, ClaimedAt = scope.Now });
            return;
        }
        if (claim.Kind == record.DestinationKind && claim.RecordId == record.Id) return;
        if (claim.Kind == DestinationKind.Agreement && record.DestinationKind == DestinationKind.Agreement)
            throw new WorkflowRefusal(await BlockerForAgreementAsync(scope.Db, record.GraduateId) ?? RaceMessage);
        if (record.DestinationKind == DestinationKind.Registration)
            throw new WorkflowRefusal(await BlockerForRegistrationAsync(scope.Db, record.GraduateId) ?? RaceMessage);

        // Re-point the claim first: voiding the registration then finds nothing of its own to release.
        var registrationId = claim.RecordId;
        claim.Kind = DestinationKind.Agreement;
        claim.RecordId = record.Id;
        claim.ClaimedAt = scope.Now;
        var registration = await scope.Db.DestinationRegistrations.FirstAsync(r => r.Id == registrationId);
        var mode = await scope.Db.Schools.Where(s => s.Id == registration.SchoolId).Select(s => s.ReviewMode).FirstAsync();
        await scope.MoveAsync(registration, RegistrationWorkflow.Table, RegistrationTrigger.VoidBySigning, Actor.System, mode,
            "毕业生开始签约,原去向登记自动作废");
        var userId = await scope.Db.Graduates.Where(g => g.Id == record.GraduateId).Select(g => g.UserId).FirstOrDefaultAsync();
        scope.Notify([userId], Roles.Graduate, "去向登记已作废", "你已开始签约,原毕业去向登记自动变为「已作废」。", registration.Ref);
        scope.Publish(registration.Ref, LiveUpdateBus.GraduateTopic(registration.GraduateId),
            LiveUpdateBus.SchoolQueueTopic(registration.SchoolId), LiveUpdateBus.DepartmentQueueTopic(registration.DepartmentId));
    }

    /// <summary>Frees the graduate when the record holding their destination ends (签约失败, 已解约, 已作废).</summary>
    public static async Task ReleaseAsync(TransitionScope scope, IDestinationRecord record)
    {
        var claim = await scope.Db.DestinationClaims.FirstOrDefaultAsync(c => c.GraduateId == record.GraduateId);
        if (claim is not null && claim.Kind == record.DestinationKind && claim.RecordId == record.Id)
            scope.Db.DestinationClaims.Remove(claim);
    }
}
