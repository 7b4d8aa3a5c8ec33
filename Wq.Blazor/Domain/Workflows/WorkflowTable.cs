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
    Admin,
    System,
    Initiator,
    Counterparty,
    /// <summary>Whoever holds a graduate's 用人单位协助回传 link: an employer without an account.</summary>
    EmployerLink,
}

/// <summary>
/// One row of a workflow table. <see cref="Modes"/> limits the row to some review modes. A row
/// whose <see cref="From"/> is the enum's default (0, "not yet created") creates the record.
/// </summary>
public sealed record TransitionRule<TState, TTrigger>(
    TState From, TTrigger Trigger, Actor Actor, TState To, params ReviewMode[] Modes)
    where TState : struct, Enum where TTrigger : struct, Enum
{
    /// <summary>Whether the row applies under <paramref name="mode"/>; null (no review gate involved) matches unrestricted rows only.</summary>
    public bool AppliesTo(ReviewMode? mode) => Modes.Length == 0 || (mode is { } m && Modes.Contains(m));
}

/// <summary>Something a record holds while it is in some states; the core takes and releases it.</summary>
public enum Hold
{
    /// <summary>The graduate's one current destination (SPEC §3): the claim row keyed by graduate.</summary>
    CurrentDestination,
    /// <summary>The one open termination request of an agreement: <c>Termination.OpenAgreementId</c>.</summary>
    OpenTerminationSlot,
    /// <summary>The one pending change of an approved registration: <c>DestinationRegistration.OpenReplacementOf</c>.</summary>
    ReplacementSlot,
}

/// <summary>
/// A workflow written as a table: (state, trigger, actor, review mode) → next state, plus what
/// entering or leaving a state does (holds and time stamps). Anything not in the table is
/// refused. Tests enumerate every combination against it; the core runs the effects, so no
/// service has to remember them.
/// </summary>
public sealed class WorkflowTable<TState, TTrigger>
    where TState : struct, Enum where TTrigger : struct, Enum
{
    private readonly List<(Hold Hold, Func<TState, bool> While)> _holds = [];
    private readonly List<(TState State, string Property)> _stampsOnEnter = [];
    private readonly List<(TTrigger Trigger, string Property)> _stampsOnTrigger = [];

    public WorkflowTable(RecordKind kind, IEnumerable<TransitionRule<TState, TTrigger>> rules)
    {
        Kind = kind;
        Rules = rules.ToArray();
        var ambiguous = Rules
            .SelectMany(r => Enum.GetValues<ReviewMode>().Where(m => r.AppliesTo(m)).Select(m => (r.From, r.Trigger, r.Actor, m)))
            .GroupBy(k => k).FirstOrDefault(g => g.Count() > 1);
        if (ambiguous is not null)
            throw new InvalidOperationException($"{kind}: more than one rule for {ambiguous.Key}");
    }

    public RecordKind Kind { get; }
    public IReadOnlyList<TransitionRule<TState, TTrigger>> Rules { get; }
    public IReadOnlyList<(Hold Hold, Func<TState, bool> While)> Holds => _holds;
    public IReadOnlyList<(TState State, string Property)> StampsOnEnter => _stampsOnEnter;
    public IReadOnlyList<(TTrigger Trigger, string Property)> StampsOnTrigger => _stampsOnTrigger;

    /// <summary>The record holds <paramref name="hold"/> exactly while its state satisfies <paramref name="inState"/>.</summary>
    public WorkflowTable<TState, TTrigger> Holding(Hold hold, Func<TState, bool> inState)
    {
        _holds.Add((hold, inState));
        return this;
    }

    /// <summary>Entering <paramref name="state"/> sets the record's time property to now.</summary>
    public WorkflowTable<TState, TTrigger> Stamp(TState state, string property)
    {
        _stampsOnEnter.Add((state, property));
        return this;
    }

    /// <summary>Firing <paramref name="trigger"/> sets the record's time property to now.</summary>
    public WorkflowTable<TState, TTrigger> StampOn(TTrigger trigger, string property)
    {
        _stampsOnTrigger.Add((trigger, property));
        return this;
    }

    public bool IsHeld(Hold hold, TState state) =>
        !EqualityComparer<TState>.Default.Equals(state, default) && _holds.Any(h => h.Hold == hold && h.While(state));

    public TransitionRule<TState, TTrigger>? Find(TState from, TTrigger trigger, Actor actor, ReviewMode? mode) =>
        Rules.FirstOrDefault(r =>
            EqualityComparer<TState>.Default.Equals(r.From, from) &&
            EqualityComparer<TTrigger>.Default.Equals(r.Trigger, trigger) &&
            r.Actor == actor && r.AppliesTo(mode));

    /// <summary>The triggers an actor may fire from a state: what the UI offers as buttons.</summary>
    public IEnumerable<TTrigger> Allowed(TState from, Actor actor, ReviewMode? mode) =>
        Rules.Where(r => EqualityComparer<TState>.Default.Equals(r.From, from) && r.Actor == actor && r.AppliesTo(mode))
             .Select(r => r.Trigger).Distinct();
}
