using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain;
using Wq.Blazor.Domain.Model;

namespace Wq.Blazor.Workflows.Signing;

public sealed record TimelineEntry(DateTimeOffset At, string Text, string? Reason);

/// <summary>The agreement's history, from its audit rows, in the guide's words.</summary>
public static class AgreementTimeline
{
    public static async Task<List<TimelineEntry>> LoadAsync(WqDbContext db, long agreementId)
    {
        var id = agreementId.ToString();
        var rows = await db.AuditEvents.AsNoTracking().Where(e => e.RecordType == "Agreement" && e.RecordId == id)
            .OrderBy(e => e.Id).ToListAsync();
        return rows.Select(Describe).ToList();
    }

    public static TimelineEntry Describe(AuditEvent e)
    {
        var who = Roles.Label(e.ActorRole);
        var text = (e.Action, e.FromState) switch
        {
            ("Invite", _) => $"{e.ActorName}(用人单位)发起签约邀请",
            ("Accept", _) => "毕业生接受签约邀请",
            ("Reject", _) => "毕业生拒绝签约邀请",
            ("Withdraw", _) => "用人单位撤回签约邀请",
            ("Expire", _) => "超过应约有效期,邀请已过期",
            ("Approve", "PendingDepartmentReview") => $"院系审核通过({e.ActorName})",
            ("Approve", _) => $"学校审核通过({e.ActorName})",
            ("Fail", _) => $"{who}审核不通过",
            ("Terminate", _) => "解约审核通过,协议已解约",
            _ => $"{who} {e.Action}",
        };
        return new TimelineEntry(e.At, text, e.Reason);
    }
}
