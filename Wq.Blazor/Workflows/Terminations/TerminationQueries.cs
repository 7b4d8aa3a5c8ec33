using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain;
using Wq.Blazor.Domain.CodeTables;
using Wq.Blazor.Domain.Model;
using Wq.Blazor.Domain.Workflows;
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

public sealed class TerminationQueries(IDbContextFactory<WqDbContext> dbFactory)
{
    /// <summary>Every termination request of an agreement the actor may see, newest first.</summary>
    public async Task<IReadOnlyList<TerminationView>> ForAgreementAsync(ActorContext actor, long agreementId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var list = await db.Terminations.AsNoTracking().Where(t => t.AgreementId == agreementId).OrderByDescending(t => t.Id).ToListAsync();
        return await ViewsAsync(db, actor, list.Where(t => Scope.CanSee(actor, t.GraduateId, t.EmployerId, t.SchoolId, t.DepartmentId)).ToList());
    }

    public async Task<TerminationView?> GetAsync(ActorContext actor, long id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var t = await db.Terminations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
        if (t is null || !Scope.CanSee(actor, t.GraduateId, t.EmployerId, t.SchoolId, t.DepartmentId)) return null;
        return (await ViewsAsync(db, actor, [t]))[0];
    }

    /// <summary>Views of requests of one agreement (hence one school): the mode and all timelines in two queries.</summary>
    private static async Task<IReadOnlyList<TerminationView>> ViewsAsync(WqDbContext db, ActorContext actor, IReadOnlyList<Termination> list)
    {
        if (list.Count == 0) return [];
        var mode = await db.Schools.Where(s => s.Id == list[0].SchoolId).Select(s => s.ReviewMode).FirstAsync();
        var ids = list.Select(t => t.Id.ToString()).ToList();
        var timelines = (await db.AuditEvents.AsNoTracking().Where(e => e.RecordType == "Termination" && ids.Contains(e.RecordId))
            .OrderBy(e => e.Id).ToListAsync()).ToLookup(e => e.RecordId);
        return list.Select(t =>
        {
            // The parties are Initiator/Counterparty to the table; reviewers are who they are.
            var role = actor.IsGraduate || actor.IsEmployer ? TerminationEvents.RelativeActor(actor, t) : actor.TableActor!.Value;
            var table = t.Online ? TerminationWorkflow.Online : TerminationWorkflow.Offline;
            return new TerminationView(t.Id, t.Version, t.AgreementId, t.State, TerminationWorkflow.Label(t.State),
                t.InitiatorRole == Roles.Graduate ? "毕业生" : "用人单位", TerminationReasons.Find(t.ReasonCode)?.Name ?? t.ReasonCode,
                t.Explanation, t.CounterpartyOpinion, t.ReviewOpinion, t.CreatedAt,
                timelines[t.Id.ToString()].Select(Describe).ToList(), table.Allowed(t.State, role, mode).ToList());
        }).ToList();
    }

    private static TimelineEntry Describe(AuditEvent e) => new(e.At, (e.Action, e.FromState) switch
    {
        ("Apply", _) => $"{Roles.Label(e.ActorRole)}申请解约",
        ("Agree", _) => $"{Roles.Label(e.ActorRole)}同意解约",
        ("Decline", _) => $"{Roles.Label(e.ActorRole)}不同意解约",
        ("Cancel", _) => $"{Roles.Label(e.ActorRole)}撤销解约申请",
        ("Approve", "PendingDepartmentReview") => $"院系审核通过({e.ActorName})",
        ("Approve", _) => $"学校审核通过({e.ActorName}),解约成功",
        ("Fail", _) => $"{Roles.Label(e.ActorRole)}审核不通过",
        _ => e.Action,
    }, e.Reason);
}
