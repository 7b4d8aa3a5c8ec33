using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Infrastructure.Files;
using Wq.Blazor.Workflows.Signing;
using Wq.Blazor.Workflows.Terminations;

namespace Wq.Blazor.Workflows.Offline;

/// <summary>
/// 申请线下解约 (guide §6, §7 note; SPEC §4.4): on an offline-signed or registered paper agreement
/// the graduate chooses a 解约原因 and uploads the 解约函 (the employer's consent), and the request
/// goes straight to the school's gates (<see cref="Review.TerminationReview"/>).
/// </summary>
public sealed class OfflineTerminationService(WorkflowRunner runner, FileStore files)
{
    public async Task<OpResult<long>> ApplyAsync(ActorContext actor, long agreementId, string? reasonCode, string? explanation,
        IReadOnlyList<IncomingFile> letter, CancellationToken ct = default)
    {
        var reason = TerminationReasons.Find(reasonCode);
        if (reason is null) return OpResult<long>.Fail("请选择解约原因");
        var text = explanation?.Trim();
        if (reason.RequiresExplanation && string.IsNullOrEmpty(text)) return OpResult<long>.Fail("选择「其他原因」时请填写解约说明");
        if (text?.Length > 1000) return OpResult<long>.Fail("解约说明不能超过1000字");
        var (stored, error) = await ScanUploads.StoreAsync(files, letter, "解约函", ct);
        if (error is not null) return OpResult<long>.Fail(error);
        var result = await runner.RunAsync(actor, async scope =>
        {
            var (a, mode) = await AgreementAccess.LoadAsync(scope, agreementId, x => x.IsGraduate);
            if (a.Channel == AgreementChannel.Online) throw new WorkflowRefusal("线上签约的协议请通过线上解约办理");
            if (a.State != AgreementState.Signed) throw new WorkflowRefusal("只有签约成功(登记成功)的协议才能申请解约");
            if (await scope.Db.Terminations.AnyAsync(t => t.OpenAgreementId == a.Id)) throw new WorkflowRefusal(TerminationService.AlreadyOpen);
            var t = new Termination
            {
                AgreementId = a.Id, GraduateId = a.GraduateId, SchoolId = a.SchoolId, DepartmentId = a.DepartmentId,
                EmployerId = a.EmployerId, Online = false, InitiatorRole = Roles.Graduate, ReasonCode = reason.Code,
                Explanation = text, CreatedAt = scope.Now,
            };
            await scope.StartAsync(t, TerminationWorkflow.Offline, TerminationTrigger.Apply, Actor.Graduate, mode, $"{reason.Name} {text}".Trim());
            var rows = ScanUploads.Attach(scope, files, t.Ref, AttachmentKind.TerminationLetter, stored, actor.UserId);
            await scope.Db.SaveChangesAsync();
            t.LetterAttachmentId = rows[0].Id;
            TerminationNotifier.Publish(scope, t);
            return t.Id;
        }, TerminationService.AlreadyOpen, ct);
        if (!result.Ok) ScanUploads.Discard(files, stored);
        return result;
    }
}
