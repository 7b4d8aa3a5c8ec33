using Wq.Blazor.Infrastructure.Files;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Offline;

/// <summary>
/// 申请就业协议线下签约 (guide §5, SPEC §4.3), the graduate's side: 未签就业协议申请签约 (submit and,
/// after 退回修改, resubmit) and 本人回传协议书. The review gates are <see cref="Review.OfflineSigningReview"/>;
/// the employer's link is <see cref="EmployerLinkService"/>.
/// </summary>
public sealed class OfflineSigningService(WorkflowRunner runner, FileStore files)
{
    public Task<OpResult<long>> SubmitAsync(ActorContext actor, EmployerInput employer, TermsInput terms)
    {
        if (OfflineAgreements.Validate(employer, terms) is { } problem) return Task.FromResult(OpResult<long>.Fail(problem));
        return runner.RunAsync(actor, async scope =>
        {
            var g = await OfflineAgreements.ConfirmedGraduateAsync(scope);
            var a = OfflineAgreements.New(g, AgreementChannel.Offline, terms, scope.Now);
            await OfflineAgreements.ApplyEmployerAsync(scope, a, employer);
            var mode = await AgreementAccess.ModeAsync(scope, g.SchoolId);
            // Entering review takes the current destination (refused while another agreement is current).
            await scope.StartAsync(a, OfflineSigningWorkflow.Table, AgreementTrigger.Submit, Actor.Graduate, mode);
            a.Number = await AgreementNumbers.NextAsync(scope, g.School!, g);
            AgreementNotifier.Publish(scope, a);
            return a.Id;
        }, CurrentDestination.RaceMessage);
    }

    /// <summary>协议退回修改 → edit and 提交 again.</summary>
    public Task<OpResult<bool>> ResubmitAsync(ActorContext actor, long id, EmployerInput employer, TermsInput terms, int? version)
    {
        if (OfflineAgreements.Validate(employer, terms) is { } problem) return Task.FromResult(OpResult<bool>.Fail(problem));
        return runner.RunAsync(actor, async scope =>
        {
            var (a, mode) = await OfflineAgreements.LoadOwnAsync(scope, id, AgreementChannel.Offline);
            await scope.MoveAsync(a, OfflineSigningWorkflow.Table, AgreementTrigger.Submit, Actor.Graduate, mode, expectedVersion: version);
            a.Terms = terms.ToTerms();
            await OfflineAgreements.ApplyEmployerAsync(scope, a, employer);
            AgreementNotifier.Publish(scope, a);
        });
    }

    /// <summary>本人回传协议书: the stamped scan goes to 签约审核.</summary>
    public async Task<OpResult<bool>> UploadStampedAsync(ActorContext actor, long id, IReadOnlyList<IncomingFile> scans, int? version,
        CancellationToken ct = default)
    {
        var (stored, error) = await ScanUploads.StoreAsync(files, scans, "盖章后的协议书扫描件", ct);
        if (error is not null) return OpResult<bool>.Fail(error);
        var result = await runner.RunAsync(actor, async scope =>
        {
            var (a, mode) = await OfflineAgreements.LoadOwnAsync(scope, id, AgreementChannel.Offline);
            await scope.MoveAsync(a, OfflineSigningWorkflow.Table, AgreementTrigger.UploadStamped, Actor.Graduate, mode,
                "本人回传协议书", version);
            ScanUploads.Attach(scope, files, a.Ref, AttachmentKind.StampedAgreement, stored, actor.UserId);
            AgreementNotifier.Publish(scope, a);
        }, ct: ct);
        if (!result.Ok) ScanUploads.Discard(files, stored);
        return result;
    }
}
