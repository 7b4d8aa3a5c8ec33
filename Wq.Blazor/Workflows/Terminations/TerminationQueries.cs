using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Terminations;

/// <summary>A termination request as one viewer may see it, with the actions the table allows them.</summary>
public sealed record TerminationView(
    long Id, int Version, long AgreementId, TerminationState State, string StateLabel, string InitiatorLabel, string ReasonLabel,
    string? Explanation, string? CounterpartyOpinion, string? ReviewOpinion, DateTimeOffset CreatedAt,
    IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<TerminationTrigger> Allowed)
{
    public bool IsOpen => TerminationWorkflow.IsOpen(State);
}

public sealed class TerminationQueries(IDbContextFactory<WqDbContext> dbFactory, TimeProvider clock, ILogger<TerminationQueries> log)
{
    private static readonly string TerminationKind = StoredCode.Of(RecordKind.Termination);

    /// <summary>
    /// Requests that wait for <paramref name="role"/>'s answer (同意解约 / 不同意): the other party applied and
    /// nobody has answered yet. Lists and the graduate's home flag them for that party.
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<Termination, bool>> AwaitingAnswerFrom(string role)
    {
        var initiator = role == Roles.Graduate ? Roles.Employer : Roles.Graduate;
        return t => t.State == TerminationState.AwaitingCounterparty && t.InitiatorRole == initiator;
    }

    /// <summary>Every termination request of an agreement the actor may see, newest first.</summary>
    public async Task<IReadOnlyList<TerminationView>> ForAgreementAsync(ActorContext actor, long agreementId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var list = await db.Terminations.AsNoTracking().Visible(actor).Where(t => t.AgreementId == agreementId)
            .OrderByDescending(t => t.Id).ToListAsync();
        return await ViewsAsync(db, actor, list);
    }

    public async Task<TerminationView?> GetAsync(ActorContext actor, long id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var t = await db.Terminations.AsNoTracking().Visible(actor).FirstOrDefaultAsync(x => x.Id == id);
        if (t is null)
        {
            log.OutOfScope(actor, new RecordRef(RecordKind.Termination, id));
            return null;
        }
        return (await ViewsAsync(db, actor, [t]))[0];
    }

    /// <summary>Views of requests of one agreement (hence one school): the mode and all timelines in two queries.</summary>
    private async Task<IReadOnlyList<TerminationView>> ViewsAsync(WqDbContext db, ActorContext actor, IReadOnlyList<Termination> list)
    {
        if (list.Count == 0) return [];
        var mode = await ReviewModes.OfSchoolAsync(db, list[0].SchoolId);
        var ids = list.Select(t => t.Id.ToString()).ToList();
        var timelines = (await db.AuditEvents.AsNoTracking().Where(e => e.RecordType == TerminationKind && ids.Contains(e.RecordId))
            .OrderBy(e => e.Id).ToListAsync()).ToLookup(e => e.RecordId);
        var views = new List<TerminationView>(list.Count);
        foreach (var t in list)
        {
            // The parties are Initiator/Counterparty to the table; reviewers are who they are, or the
            // department's stand-in (ReviewerGate).
            var role = actor.IsGraduate || actor.IsEmployer
                ? TerminationAccess.RelativeActor(actor, t)
                : (await ReviewerGate.TableActorAsync(db, actor, TerminationWorkflow.ReviewLevelOf(t.State), t.DepartmentId, clock.GetUtcNow()))!.Value;
            var table = t.Online ? TerminationWorkflow.Online : TerminationWorkflow.Offline;
            views.Add(new TerminationView(t.Id, t.Version, t.AgreementId, t.State, TerminationWorkflow.Label(t.State),
                t.InitiatorRole == Roles.Graduate ? "毕业生" : "用人单位", TerminationReasons.Find(t.ReasonCode)?.Name ?? t.ReasonCode,
                t.Explanation, t.CounterpartyOpinion, t.ReviewOpinion, t.CreatedAt,
                timelines[t.Id.ToString()].Select(Describe).ToList(), table.Allowed(t.State, role, mode).ToList()));
        }
        return views;
    }

    /// <summary>An audit row in the guide's words; the stored codes are read back into the table's enums.</summary>
    private static TimelineEntry Describe(AuditEvent e)
    {
        var who = Roles.Label(e.ActorRole);
        StoredCode.TryParse<TerminationState>(e.FromState, out var from);
        var text = !StoredCode.TryParse<TerminationTrigger>(e.Action, out var trigger) ? e.Action : trigger switch
        {
            TerminationTrigger.Apply => $"{who}申请解约",
            TerminationTrigger.Agree => $"{who}同意解约",
            TerminationTrigger.Decline => $"{who}不同意解约",
            TerminationTrigger.Cancel => $"{who}撤销解约申请",
            TerminationTrigger.Approve when from == TerminationState.PendingDepartmentReview => $"院系审核通过({e.ActorName})",
            TerminationTrigger.Approve => $"学校审核通过({e.ActorName}),解约成功",
            TerminationTrigger.Fail => $"{who}审核不通过",
            _ => e.Action,
        };
        return new(e.At, text, e.Reason);
    }
}
