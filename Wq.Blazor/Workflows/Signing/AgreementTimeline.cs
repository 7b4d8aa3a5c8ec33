using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows.Signing;

public sealed record TimelineEntry(DateTimeOffset At, string Text, string? Reason);

/// <summary>The agreement's history, from its audit rows, in the guide's words.</summary>
public static class AgreementTimeline
{
    public static async Task<List<TimelineEntry>> LoadAsync(WqDbContext db, long agreementId)
    {
        var id = agreementId.ToString();
        var kind = StoredCode.Of(RecordKind.Agreement);
        var rows = await db.AuditEvents.AsNoTracking().Where(e => e.RecordType == kind && e.RecordId == id)
            .OrderBy(e => e.Id).ToListAsync();
        return rows.Select(Describe).ToList();
    }

    private static readonly string LinkCreated = StoredCode.Of(AuditAction.CreateEmployerUploadLink);

    public static TimelineEntry Describe(AuditEvent e)
    {
        var who = Roles.Label(e.ActorRole);
        StoredCode.TryParse<AgreementState>(e.FromState, out var from);
        var text = !StoredCode.TryParse<AgreementTrigger>(e.Action, out var trigger) ? (e.Action == LinkCreated ? "毕业生生成用人单位协助回传链接" : $"{who} {e.Action}") : trigger switch
        {
            AgreementTrigger.Invite => $"{e.ActorName}(用人单位)发起签约邀请",
            AgreementTrigger.Accept => "毕业生接受签约邀请",
            AgreementTrigger.Reject => "毕业生拒绝签约邀请",
            AgreementTrigger.Withdraw => "用人单位撤回签约邀请",
            AgreementTrigger.Expire => "超过应约有效期,邀请已过期",
            AgreementTrigger.Approve when from == AgreementState.PendingDepartmentReview => $"院系审核通过({e.ActorName})",
            AgreementTrigger.Approve when from is AgreementState.PendingAgreementDepartmentReview or AgreementState.PendingSigningDepartmentReview
                => $"院系审核通过({e.ActorName})",
            AgreementTrigger.Approve => $"学校审核通过({e.ActorName})",
            AgreementTrigger.Fail => $"{who}审核不通过",
            AgreementTrigger.Terminate => "解约审核通过,协议已解约",
            AgreementTrigger.Submit when from == default => "毕业生提交协议信息",
            AgreementTrigger.Submit => "毕业生修改后重新提交",
            AgreementTrigger.UploadStamped => "回传盖章协议书",
            AgreementTrigger.Return => $"{who}退回修改",
            _ => $"{who} {e.Action}",
        };
        return new TimelineEntry(e.At, text, e.Reason);
    }
}
