using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
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
        // Anything still in review is not yet 签约成功: say what it is.
        return a.State == AgreementState.Signed ? $"你已与{a.Name}签约,其他签约邀请只能查看,无法操作"
            // Name the gate it waits at (the school's review mode decides 院系 or 学校), as its state chip does.
            : a.Channel == AgreementChannel.Online ? $"你已接受{a.Name}的签约邀请,目前{AgreementStates.Label(a.State, a.Channel)},其他签约邀请只能查看,无法操作"
            : $"你与{a.Name}的{(a.Channel == AgreementChannel.Offline ? "线下签约申请" : "就业协议登记")}正在办理中,其他签约邀请只能查看,无法操作";
    }

    /// <summary>
    /// Whether the graduate may register a destination now (rule 4) and how: a first registration
    /// (Replaces null), a change of their approved one (Replaces = its id), or refused (Blocker).
    /// </summary>
    public static async Task<(long? Replaces, string? Blocker)> RegistrationSlotAsync(WqDbContext db, int graduateId)
    {
        var claim = await db.DestinationClaims.AsNoTracking().FirstOrDefaultAsync(c => c.GraduateId == graduateId);
        if (claim is null) return (null, null);
        if (claim.Kind == DestinationKind.Agreement)
            return (null, (await BlockerForAgreementAsync(db, graduateId))!.Replace("其他签约邀请只能查看,无法操作", "不能登记其他毕业去向,如需变更请先解约"));
        var state = await db.DestinationRegistrations.Where(r => r.Id == claim.RecordId).Select(r => r.State).FirstAsync();
        if (state != RegistrationState.Approved)
            return (null, RegistrationWorkflow.IsReturned(state)
                ? "你的毕业去向登记已被退回修改,请在原登记上修改后重新提交"
                : "你已有一条毕业去向登记正在审核中,请等待审核结果或撤销后再登记");
        if (await db.DestinationRegistrations.AnyAsync(r => r.OpenReplacementOf == claim.RecordId))
            return (null, "你已提交去向变更,请等待审核结果或撤销后再提交");
        return (claim.RecordId, null);
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
        if (record is DestinationRegistration change && claim.Kind == DestinationKind.Registration && change.ReplacesId == claim.RecordId)
        {
            await SupersedeAsync(scope, claim, change);
            return;
        }
        if (record.DestinationKind == DestinationKind.Registration)
            throw new WorkflowRefusal((await RegistrationSlotAsync(scope.Db, record.GraduateId)).Blocker ?? RaceMessage);

        // Re-point the claim first: voiding the registration then finds nothing of its own to release.
        var registrationId = claim.RecordId;
        claim.Kind = DestinationKind.Agreement;
        claim.RecordId = record.Id;
        claim.ClaimedAt = scope.Now;
        var registration = await scope.Db.DestinationRegistrations.FirstAsync(r => r.Id == registrationId);
        var mode = await ReviewModes.OfSchoolAsync(scope.Db, registration.SchoolId);
        await scope.MoveAsync(registration, RegistrationWorkflow.Table, RegistrationTrigger.VoidBySigning, Actor.System, mode,
            "毕业生开始签约,原去向登记自动作废");
        // A change waiting to replace it goes too: there is nothing left for it to replace.
        foreach (var pending in await scope.Db.DestinationRegistrations.Where(r => r.OpenReplacementOf == registrationId).ToListAsync())
            await scope.MoveAsync(pending, RegistrationWorkflow.Table, RegistrationTrigger.VoidBySigning, Actor.System, mode,
                "毕业生开始签约,去向变更申请自动作废");
        var userId = await scope.Db.Graduates.Where(g => g.Id == record.GraduateId).Select(g => g.UserId).FirstOrDefaultAsync();
        scope.Notify([userId], Roles.Graduate, "去向登记已作废", "你已开始签约,原毕业去向登记自动变为「已作废」。", registration.Ref);
        scope.Publish(registration.Ref, LiveUpdateBus.GraduateTopic(registration.GraduateId),
            LiveUpdateBus.SchoolQueueTopic(registration.SchoolId), LiveUpdateBus.DepartmentQueueTopic(registration.DepartmentId));
    }

    /// <summary>
    /// A pending change holds the one change slot of the approved registration it replaces, which
    /// must still be the graduate's current destination (the unique index settles races).
    /// </summary>
    public static async Task TakeReplacementSlotAsync(TransitionScope scope, DestinationRegistration change)
    {
        var claim = await scope.Db.DestinationClaims.FirstOrDefaultAsync(c => c.GraduateId == change.GraduateId);
        var replaced = claim is { Kind: DestinationKind.Registration } && claim.RecordId == change.ReplacesId
            ? await scope.Db.DestinationRegistrations.FirstAsync(r => r.Id == claim.RecordId) : null;
        if (replaced is not { State: RegistrationState.Approved })
            throw new WorkflowRefusal((await RegistrationSlotAsync(scope.Db, change.GraduateId)).Blocker ?? RaceMessage);
        scope.Db.Entry(change).Property(x => x.OpenReplacementOf).CurrentValue = replaced.Id;
    }

    // The approved change becomes current and the registration it replaces is voided, in the same
    // transaction, with the reason in its audit row (issue 9: 变更).
    private static async Task SupersedeAsync(TransitionScope scope, DestinationClaim claim, DestinationRegistration change)
    {
        var old = await scope.Db.DestinationRegistrations.FirstAsync(r => r.Id == claim.RecordId);
        claim.RecordId = change.Id;
        claim.ClaimedAt = scope.Now;
        var mode = await ReviewModes.OfSchoolAsync(scope.Db, old.SchoolId);
        await scope.MoveAsync(old, RegistrationWorkflow.Table, RegistrationTrigger.Supersede, Actor.System, mode,
            $"去向变更(登记 {change.Id})审核通过,原登记作废");
        scope.Publish(old.Ref, LiveUpdateBus.RecordTopic(old.Ref));
    }

    /// <summary>Frees the graduate when the record holding their destination ends (签约失败, 已解约, 已作废).</summary>
    public static async Task ReleaseAsync(TransitionScope scope, IDestinationRecord record)
    {
        var claim = await scope.Db.DestinationClaims.FirstOrDefaultAsync(c => c.GraduateId == record.GraduateId);
        if (claim is not null && claim.Kind == record.DestinationKind && claim.RecordId == record.Id)
            scope.Db.DestinationClaims.Remove(claim);
    }
}
