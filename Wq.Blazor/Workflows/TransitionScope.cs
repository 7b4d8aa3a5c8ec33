using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Workflows;

/// <summary>
/// One unit of work inside <see cref="WorkflowRunner"/>: the open transaction's context, the
/// actor, and the audit rows, notifications and live events that go with the change. It is the
/// only writer of a record's state and version, and it runs the effects each table declares.
/// </summary>
public sealed class TransitionScope(WqDbContext db, ActorContext actor, DateTimeOffset now)
{
    private readonly List<AuditEvent> _audit = [];
    private readonly List<LiveEvent> _events = [];
    private readonly List<Notice> _notices = [];
    private readonly List<Action> _onRollback = [];
    private readonly List<Action> _afterCommit = [];
    private readonly HashSet<object> _changed = new(ReferenceEqualityComparer.Instance);

    public WqDbContext Db { get; } = db;
    public ActorContext Actor { get; } = actor;
    public DateTimeOffset Now { get; } = now;
    internal IReadOnlyList<AuditEvent> AuditRows => _audit;
    internal IReadOnlyList<LiveEvent> Events => _events;
    internal IReadOnlyList<Notice> Notices => _notices;
    internal IReadOnlyList<Action> RollbackActions => _onRollback;
    internal IReadOnlyList<Action> CommitActions => _afterCommit;

    /// <summary>
    /// The graduates whose roster entry or records this unit moved or touched; the runner has the read
    /// models rewrite their rows (ADR 0019). Read after saving: a new roster entry has its id only then.
    /// </summary>
    internal IReadOnlyCollection<int> ChangedGraduates =>
        _changed.Select(r => r switch { IGraduateRecord g => g.GraduateId, Graduate g => g.Id, _ => 0 }).Where(id => id > 0).ToHashSet();

    /// <summary>Undo for side effects outside the database (e.g. a file written), run if the transaction does not commit.</summary>
    public void OnRollback(Action undo) => _onRollback.Add(undo);

    /// <summary>
    /// Work that must happen only once the change is committed: waking a worker for a job row it
    /// must see, or deleting the file of a removed attachment (earlier would lose it on a rollback).
    /// </summary>
    public void AfterCommit(Action work) => _afterCommit.Add(work);

    /// <summary>
    /// Creates <paramref name="record"/> by one of its table's creating rows (From = None): adds it,
    /// gives it the rule's state and version 0, writes the audit row and takes what the state holds.
    /// </summary>
    public async Task<TState> StartAsync<TState, TTrigger>(
        IStatefulRecord<TState> record, WorkflowTable<TState, TTrigger> table, TTrigger trigger,
        Domain.Workflows.Actor actorAs, ReviewMode? mode, string? reason = null)
        where TState : struct, Enum where TTrigger : struct, Enum
    {
        var rule = table.Find(default, trigger, actorAs, mode) ?? throw new WorkflowRefusal("当前不能提交此申请");
        var entry = Db.Add((object)record); // Add, not Entry: owned parts (terms, employer snapshot) come along
        SetStateAndVersion(entry, rule.To, 0); // the first version; each later move adds one
        _changed.Add(record);
        await Db.SaveChangesAsync(); // the id is needed by the audit row and the holds
        await EnterAsync(record, table, default, rule.To, trigger, reason);
        return rule.To;
    }

    /// <summary>
    /// Moves <paramref name="record"/> by its table, checking the state, the actor and (when given)
    /// the version the user saw; writes the audit row and runs the holds and stamps of the move.
    /// Refuses with a Chinese message otherwise.
    /// </summary>
    public async Task<TState> MoveAsync<TState, TTrigger>(
        IStatefulRecord<TState> record, WorkflowTable<TState, TTrigger> table, TTrigger trigger,
        Domain.Workflows.Actor actorAs, ReviewMode? mode, string? reason = null, int? expectedVersion = null)
        where TState : struct, Enum where TTrigger : struct, Enum
    {
        if (expectedVersion is { } v && v != record.Version)
            throw new WorkflowRefusal("该记录已被他人处理或已变化,请刷新后重试");
        var rule = table.Find(record.State, trigger, actorAs, mode)
                   ?? throw new WorkflowRefusal("当前状态下不能执行此操作,请刷新后查看最新状态");
        var from = record.State;
        SetStateAndVersion(Db.Entry((object)record), rule.To, record.Version + 1);
        _changed.Add(record);
        await EnterAsync(record, table, from, rule.To, trigger, reason);
        return rule.To;
    }

    /// <summary>An edit that is not a state move (confirmed data, a corrected roster entry): new version, one audit row.</summary>
    public void Touch(IVersionedRecord record, AuditAction action, string? from = null, string? to = null, string? reason = null)
    {
        Db.Entry((object)record).Property(nameof(IVersionedRecord.Version)).CurrentValue = record.Version + 1;
        _changed.Add(record);
        Audit(record.Ref, action, from, to, reason);
    }

    /// <summary>Adds an audit row for a change that is not a state move (creation of support records, settings).</summary>
    public void Audit(RecordRef record, AuditAction action, string? from = null, string? to = null, string? reason = null) =>
        AddAudit(record.Kind, record.Id.ToString(), StoredCode.Of(action), from, to, reason);

    /// <summary>The same for a record keyed by a string (a user account).</summary>
    public void Audit(RecordKind kind, string recordId, AuditAction action, string? from = null, string? to = null, string? reason = null) =>
        AddAudit(kind, recordId, StoredCode.Of(action), from, to, reason);

    /// <summary>Live event published after commit.</summary>
    public void Publish(RecordRef record, params string[] topics) => _events.Add(new LiveEvent(record, topics));

    /// <summary>
    /// 站内信 written in the same transaction, to each given user, about <paramref name="about"/>; the
    /// runner turns the record into a link for the <paramref name="audience"/>'s pages.
    /// </summary>
    public void Notify(IEnumerable<string?> userIds, string audience, string title, string body, RecordRef? about = null)
    {
        foreach (var id in userIds.OfType<string>().Where(u => u.Length > 0).Distinct())
            _notices.Add(new Notice(id, audience, title, body, about));
    }

    private async Task EnterAsync<TState, TTrigger>(
        IStatefulRecord<TState> record, WorkflowTable<TState, TTrigger> table, TState from, TState to, TTrigger trigger, string? reason)
        where TState : struct, Enum where TTrigger : struct, Enum
    {
        AddAudit(record.Ref.Kind, record.Ref.Id.ToString(), StoredCode.Of(trigger),
            EqualityComparer<TState>.Default.Equals(from, default) ? null : StoredCode.Of(from), StoredCode.Of(to), reason);
        foreach (var (state, property) in table.StampsOnEnter.Where(s => EqualityComparer<TState>.Default.Equals(s.State, to)))
            Db.Entry((object)record).Property(property).CurrentValue = Now;
        foreach (var (t, property) in table.StampsOnTrigger.Where(s => EqualityComparer<TTrigger>.Default.Equals(s.Trigger, trigger)))
            Db.Entry((object)record).Property(property).CurrentValue = Now;
        foreach (var hold in table.Holds.Select(h => h.Hold).Distinct())
        {
            bool was = table.IsHeld(hold, from), now = table.IsHeld(hold, to);
            if (was == now) continue;
            if (now) await Holds.TakeAsync(this, hold, record);
            else await Holds.ReleaseAsync(this, hold, record);
        }
    }

    private static void SetStateAndVersion(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, object state, int version)
    {
        // The record's one property of its state type (Employer calls it Certification).
        var stateProperty = entry.Metadata.GetProperties().Single(p => p.ClrType == state.GetType());
        entry.Property(stateProperty.Name).CurrentValue = state;
        entry.Property(nameof(IVersionedRecord.Version)).CurrentValue = version;
    }

    private void AddAudit(RecordKind kind, string recordId, string action, string? from, string? to, string? reason) =>
        _audit.Add(new AuditEvent
        {
            At = Now,
            ActorUserId = string.IsNullOrEmpty(Actor.UserId) ? null : Actor.UserId,
            ActorName = Actor.Name,
            ActorRole = Actor.Role,
            RecordType = StoredCode.Of(kind),
            RecordId = recordId,
            Action = action,
            FromState = from,
            ToState = to,
            Reason = reason,
            Ip = Actor.Ip,
        });
}

/// <summary>A 站内信 to write with the change: the link is resolved per audience by the runner.</summary>
internal sealed record Notice(string UserId, string Audience, string Title, string Body, RecordRef? About);
