using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Destinations;
using Wq.Blazor.Infrastructure.Files;

namespace Wq.Blazor.Workflows.Destinations;

/// <summary>
/// The graduate's 毕业去向登记 (guide §8.1, SPEC §4.6): submit (or change an approved one),
/// edit and resubmit after 退回修改, and 撤销 before review. Every change goes through the
/// registration table; the core takes and releases the graduate's current destination.
/// </summary>
public sealed class RegistrationService(IDbContextFactory<WqDbContext> dbFactory, WorkflowRunner runner, FileStore store)
{
    public async Task<OpResult<long>> SubmitAsync(ActorContext actor, RegistrationInput input, IReadOnlyList<ProofUpload> proofs, CancellationToken ct = default)
    {
        if (!actor.IsGraduate) return OpResult<long>.Missing();
        var graduateId = actor.GraduateId!.Value;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var year = await db.Graduates.Where(g => g.Id == graduateId).Select(g => g.GraduationYear).FirstAsync(ct);
            if (First(DestinationValidator.Validate(input.Code, input.Values, proofs.Count, year)) is { } invalid) return OpResult<long>.Fail(invalid);
            // Refuse early, before any file is stored; the transaction checks again with current data.
            if ((await CurrentDestination.RegistrationSlotAsync(db, graduateId)).Blocker is { } blocked) return OpResult<long>.Fail(blocked);
        }
        var (files, fileError) = await ProofFiles.StoreAsync(store, proofs, ct);
        if (fileError is not null) return OpResult<long>.Fail(fileError);

        return await runner.RunAsync(actor, async scope =>
        {
            ProofFiles.DeleteOnRollback(scope, store, files);
            var (replaces, blocker) = await CurrentDestination.RegistrationSlotAsync(scope.Db, graduateId);
            if (blocker is not null) throw new WorkflowRefusal(blocker);
            var g = await scope.Db.Graduates.FirstAsync(x => x.Id == graduateId);
            var mode = await ReviewModes.OfSchoolAsync(scope.Db, g.SchoolId);
            var r = new DestinationRegistration
            { GraduateId = g.Id, SchoolId = g.SchoolId, DepartmentId = g.DepartmentId, ReplacesId = replaces, CreatedAt = scope.Now };
            input.ApplyTo(r);
            var trigger = replaces is null ? RegistrationTrigger.Submit : RegistrationTrigger.SubmitChange;
            await scope.StartAsync(r, RegistrationWorkflow.Table, trigger, Actor.Graduate, mode,
                replaces is null ? null : $"变更已审核通过的登记 {replaces}");
            ProofFiles.Attach(scope, store, r.Ref, files);
            RegistrationNotifier.Publish(scope, r);
            return r.Id;
        }, CurrentDestination.RaceMessage, ct);
    }

    /// <summary>重新提交 after 退回修改: the edited fields, plus any new proof files.</summary>
    /// <param name="removeProofs">Proofs already on the registration that the graduate takes away.</param>
    public async Task<OpResult<bool>> ResubmitAsync(
        ActorContext actor, long id, int expectedVersion, RegistrationInput input, IReadOnlyList<ProofUpload> proofs,
        IReadOnlyCollection<long>? removeProofs = null, CancellationToken ct = default)
    {
        if (!actor.IsGraduate) return OpResult<bool>.Missing();
        var owner = new RecordRef(RecordKind.DestinationRegistration, id).ToString();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var year = await db.DestinationRegistrations.Visible(actor).Where(r => r.Id == id).Select(r => (int?)r.Graduate!.GraduationYear).FirstOrDefaultAsync(ct);
            if (year is null) return OpResult<bool>.Missing();
            var removing = removeProofs ?? [];
            var existing = await db.Attachments.CountAsync(a => a.OwnerRef == owner && a.Kind == AttachmentKind.DestinationProof
                                                               && !removing.Contains(a.Id), ct);
            if (First(DestinationValidator.Validate(input.Code, input.Values, existing + proofs.Count, year.Value)) is { } invalid) return OpResult<bool>.Fail(invalid);
        }
        var (files, fileError) = await ProofFiles.StoreAsync(store, proofs, ct);
        if (fileError is not null) return OpResult<bool>.Fail(fileError);

        return await runner.RunAsync(actor, async scope =>
        {
            ProofFiles.DeleteOnRollback(scope, store, files);
            var r = await LoadAsync(scope, id);
            input.ApplyTo(r);
            await scope.MoveAsync(r, RegistrationWorkflow.Table, RegistrationTrigger.Resubmit, Actor.Graduate, await ModeAsync(scope, r), null, expectedVersion);
            await ProofFiles.DetachAsync(scope, store, owner, removeProofs ?? []);
            ProofFiles.Attach(scope, store, r.Ref, files);
            RegistrationNotifier.Publish(scope, r);
        }, ct: ct);
    }

    /// <summary>撤销: before a reviewer has acted, or after 退回修改. Frees the graduate's current destination.</summary>
    public Task<OpResult<bool>> WithdrawAsync(ActorContext actor, long id, int expectedVersion) =>
        !actor.IsGraduate ? Task.FromResult(OpResult<bool>.Missing()) : runner.RunAsync(actor, async scope =>
        {
            var r = await LoadAsync(scope, id);
            await scope.MoveAsync(r, RegistrationWorkflow.Table, RegistrationTrigger.Withdraw, Actor.Graduate, await ModeAsync(scope, r), "毕业生撤销登记", expectedVersion);
            RegistrationNotifier.Publish(scope, r);
        });

    private static async Task<DestinationRegistration> LoadAsync(TransitionScope scope, long id) =>
        await scope.Db.DestinationRegistrations.Visible(scope.Actor).FirstOrDefaultAsync(x => x.Id == id)
        ?? throw WorkflowRefusal.Missing(new RecordRef(RecordKind.DestinationRegistration, id));

    internal static Task<ReviewMode> ModeAsync(TransitionScope scope, DestinationRegistration r) =>
        ReviewModes.OfSchoolAsync(scope.Db, r.SchoolId);

    private static string? First(Dictionary<string, string> errors) => errors.Count == 0 ? null : errors.Values.First();
}
