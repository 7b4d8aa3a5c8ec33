using Wq.Blazor.Domain.Model;

namespace Wq.Blazor.Domain.Workflows;

/// <summary>
/// Who performs a trigger, as seen by a workflow table. Initiator and Counterparty are relative
/// to a record (a termination's applicant and the other party); the service maps users to them.
/// </summary>
public enum Actor
{
    Graduate,
    Employer,
    DepartmentReviewer,
    SchoolReviewer,
    System,
    /// <summary>An employer without an account, holding an offline agreement's upload link.</summary>
    EmployerLink,
    Initiator,
    Counterparty,
}

/// <summary>One row of a workflow table. <see cref="Modes"/> limits the row to some review modes.</summary>
public sealed record TransitionRule<TState, TTrigger>(
    TState From, TTrigger Trigger, Actor Actor, TState To, params ReviewMode[] Modes)
    where TState : struct, Enum where TTrigger : struct, Enum
{
    public bool AppliesTo(ReviewMode mode) => Modes.Length == 0 || Modes.Contains(mode);
}

/// <summary>
/// A workflow written as a table: (state, trigger, actor, review mode) → next state. Anything not
/// in the table is refused. Tests enumerate every combination against it.
/// </summary>
public sealed class WorkflowTable<TState, TTrigger>
    where TState : struct, Enum where TTrigger : struct, Enum
{
    public WorkflowTable(string recordType, IEnumerable<TransitionRule<TState, TTrigger>> rules)
    {
        RecordType = recordType;
        Rules = rules.ToArray();
        var ambiguous = Rules
            .SelectMany(r => Enum.GetValues<ReviewMode>().Where(r.AppliesTo).Select(m => (r.From, r.Trigger, r.Actor, m)))
            .GroupBy(k => k).FirstOrDefault(g => g.Count() > 1);
        if (ambiguous is not null)
            throw new InvalidOperationException($"{recordType}: more than one rule for {ambiguous.Key}");
    }

    public string RecordType { get; }
    public IReadOnlyList<TransitionRule<TState, TTrigger>> Rules { get; }

    public TransitionRule<TState, TTrigger>? Find(TState from, TTrigger trigger, Actor actor, ReviewMode mode) =>
        Rules.FirstOrDefault(r =>
            EqualityComparer<TState>.Default.Equals(r.From, from) &&
            EqualityComparer<TTrigger>.Default.Equals(r.Trigger, trigger) &&
            r.Actor == actor && r.AppliesTo(mode));

    /// <summary>The triggers an actor may fire from a state: what the UI offers as buttons.</summary>
    public IEnumerable<TTrigger> Allowed(TState from, Actor actor, ReviewMode mode) =>
        Rules.Where(r => EqualityComparer<TState>.Default.Equals(r.From, from) && r.Actor == actor && r.AppliesTo(mode))
             .Select(r => r.Trigger).Distinct();
}
