using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Workflows.Accounts;

/// <summary>
/// Whether a school may switch review mode now (ADR 0011): it may not while items wait at a gate that the
/// new mode has no reviewer row for, since nobody could ever decide them. The gates come from the tables
/// themselves, so a new table row or mode is covered without touching this code.
/// </summary>
internal static class ReviewModeChange
{
    /// <summary>The refusal, with the count per kind, or null when every waiting item keeps a gate.</summary>
    public static async Task<string?> StrandedAsync(WqDbContext db, int schoolId, ReviewMode mode)
    {
        var counts = new List<(string Kind, int Count)>();
        foreach (var (kind, channel) in new[]
                 {
                     (ReviewKinds.OnlineSigning, AgreementChannel.Online), (ReviewKinds.OfflineSigning, AgreementChannel.Offline),
                     (ReviewKinds.PaperRegistration, AgreementChannel.PaperRegistration),
                 })
        {
            var states = Stranded(AgreementWorkflows.For(channel), mode);
            counts.Add((kind, await db.Agreements.CountAsync(a => a.SchoolId == schoolId && a.Channel == channel && states.Contains(a.State))));
        }
        var terminations = Stranded(TerminationWorkflow.Online, mode).Union(Stranded(TerminationWorkflow.Offline, mode)).ToArray();
        counts.Add((ReviewKinds.Termination, await db.Terminations.CountAsync(t => t.SchoolId == schoolId && terminations.Contains(t.State))));
        var registrations = Stranded(RegistrationWorkflow.Table, mode);
        counts.Add((ReviewKinds.DestinationRegistration,
            await db.DestinationRegistrations.CountAsync(r => r.SchoolId == schoolId && registrations.Contains(r.State))));

        var waiting = counts.Where(c => c.Count > 0).Select(c => $"{ReviewKinds.Label(c.Kind)} {c.Count} 项").ToList();
        return waiting.Count == 0 ? null
            : $"不能修改审核模式:尚有{string.Join("、", waiting)}正在新模式下没有的审核环节等待审核。请先审核完毕,再修改审核模式。";
    }

    /// <summary>Gate states of the table (a reviewer acts there in some mode) where no reviewer acts under <paramref name="mode"/>.</summary>
    internal static TState[] Stranded<TState, TTrigger>(WorkflowTable<TState, TTrigger> table, ReviewMode mode)
        where TState : struct, Enum where TTrigger : struct, Enum
    {
        var reviewerRows = table.Rules.Where(r => r.Actor is Actor.DepartmentReviewer or Actor.SchoolReviewer).ToList();
        return reviewerRows.Select(r => r.From).Distinct()
            .Where(s => !reviewerRows.Any(r => EqualityComparer<TState>.Default.Equals(r.From, s) && r.AppliesTo(mode)))
            .ToArray();
    }
}
