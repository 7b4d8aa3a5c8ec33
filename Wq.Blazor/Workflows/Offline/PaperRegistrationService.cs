using Wq.Blazor.Infrastructure.Files;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Offline;

/// <summary>
/// 已签就业协议登记信息 (guide §7, SPEC §4.5): the graduate types in the signed paper agreement and
/// uploads its pages; after 退回修改 they edit and submit again (new pages replace nothing: every
/// upload stays on the record, so reviewers see what was sent when).
/// </summary>
public sealed class PaperRegistrationService(WorkflowRunner runner, FileStore files)
{
    public async Task<OpResult<long>> SubmitAsync(ActorContext actor, EmployerInput employer, TermsInput terms,
        IReadOnlyList<IncomingFile> pages, CancellationToken ct = default)
    {
        if (OfflineAgreements.Validate(employer, terms) is { } problem) return OpResult<long>.Fail(problem);
        var (stored, error) = await ScanUploads.StoreAsync(files, pages, "纸质协议书图像", ct);
        if (error is not null) return OpResult<long>.Fail(error);
        var result = await runner.RunAsync(actor, async scope =>
        {
            var g = await OfflineAgreements.ConfirmedGraduateAsync(scope);
            var a = OfflineAgreements.New(g, AgreementChannel.PaperRegistration, terms, scope.Now);
            await OfflineAgreements.ApplyEmployerAsync(scope, a, employer);
            var mode = await AgreementAccess.ModeAsync(scope, g.SchoolId);
            await scope.StartAsync(a, PaperRegistrationWorkflow.Table, AgreementTrigger.Submit, Actor.Graduate, mode);
            a.Number = await AgreementNumbers.NextAsync(scope, g.School!, g);
            ScanUploads.Attach(scope, files, a.Ref, AttachmentKind.PaperAgreement, stored, actor.UserId);
            AgreementNotifier.Publish(scope, a);
            return a.Id;
        }, CurrentDestination.RaceMessage, ct);
        if (!result.Ok) ScanUploads.Discard(files, stored);
        return result;
    }

    /// <summary>退回修改 → edit and submit again, with new pages if the reviewer asked for them.</summary>
    public async Task<OpResult<bool>> ResubmitAsync(ActorContext actor, long id, EmployerInput employer, TermsInput terms,
        IReadOnlyList<IncomingFile> pages, int? version, CancellationToken ct = default)
    {
        if (OfflineAgreements.Validate(employer, terms) is { } problem) return OpResult<bool>.Fail(problem);
        IReadOnlyList<Infrastructure.Files.StoredFile> stored = [];
        if (pages.Count > 0)
        {
            (stored, var error) = await ScanUploads.StoreAsync(files, pages, "纸质协议书图像", ct);
            if (error is not null) return OpResult<bool>.Fail(error);
        }
        var result = await runner.RunAsync(actor, async scope =>
        {
            var (a, mode) = await OfflineAgreements.LoadOwnAsync(scope, id, AgreementChannel.PaperRegistration);
            await scope.MoveAsync(a, PaperRegistrationWorkflow.Table, AgreementTrigger.Submit, Actor.Graduate, mode, expectedVersion: version);
            a.Terms = terms.ToTerms();
            await OfflineAgreements.ApplyEmployerAsync(scope, a, employer);
            if (stored.Count > 0) ScanUploads.Attach(scope, files, a.Ref, AttachmentKind.PaperAgreement, stored, actor.UserId);
            AgreementNotifier.Publish(scope, a);
        }, ct: ct);
        if (!result.Ok) ScanUploads.Discard(files, stored);
        return result;
    }
}
