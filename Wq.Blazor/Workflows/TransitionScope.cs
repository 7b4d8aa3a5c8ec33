using Wq.Blazor.Data;
using Wq.Blazor.Domain.Model;
using Wq.Blazor.Domain.Workflows;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Workflows;

/// <summary>
/// One unit of work inside <see cref="WorkflowRunner"/>: the open transaction's context, the
/// actor, and the audit rows, notifications and live events that go with the change.
/// </summary>
public sealed class TransitionScope(WqDbContext db, ActorContext actor, DateTimeOffset now)
{
    private readonly List<AuditEvent> _audit = [];
    private readonly List<LiveEvent> _events = [];
    private readonly List<(string UserId, string Title, string Body, string? Link)> _notices = [];
    private readonly List<Action> _onRollback = [];

    public WqDbContext Db { get; } = db;
    public ActorContext Actor { get; } = actor;
    public DateTimeOffset Now { get; } = now;
    internal IReadOnlyList<AuditEvent> AuditRows => _audit;
    internal IReadOnlyList<LiveEvent> Events => _events;
    internal IReadOnlyList<(string UserId, string Title, string Body, string? Link)> Notices => _notices;
    internal IReadOnlyList<Action> RollbackActions => _onRollback;

    /// <summary>Undo for side effects outside the database (e.g. a file written), run if the transaction does not commit.</summary>
    public void OnRollback(Action undo) => _onRollback.Add(undo);

    /// <summary>
    /// Moves <paramref name="record"/> by its table, checking the state, the actor and (when given)
    /// the version the user saw; writes the audit row. Refuses with a Chinese message otherwise.
    /// </summary>
    public TState Move<TState, TTrigger>(
        IStatefulRecord<TState> record, WorkflowTable<TState, TTrigger> table, TTrigger trigger,
        Domain.Workflows.Actor actorAs, ReviewMode mode, string? reason = null, int? expectedVersion = null,
        string? actionLabel = null)
        where TState : struct, Enum where TTrigger : struct, Enum
    {
        if (expectedVersion is { } v && v != record.Version)
            throw new WorkflowRefusal("该记录已被他人处理或已变化,请刷新后重试");
        var rule = table.Find(record.State, trigger, actorAs, mode)
                   ?? throw new WorkflowRefusal("当前状态下不能执行此操作,请刷新后查看最新状态");
        var from = record.State;
        record.State = rule.To;
        record.Version++;
        Audit(table.RecordType, record.Id.ToString(), actionLabel ?? trigger.ToString(), from.ToString(), rule.To.ToString(), reason);
        return rule.To;
    }

    /// <summary>Adds an audit row for a change that is not a state move (creation, edits, certification).</summary>
    public void Audit(string recordType, string recordId, string action, string? from, string? to, string? reason = null) =>
        _audit.Add(new AuditEvent
        {
            At = Now,
            ActorUserId = string.IsNullOrEmpty(Actor.UserId) ? null : Actor.UserId,
            ActorName = Actor.Name,
            ActorRole = Actor.Role,
            RecordType = recordType,
            RecordId = recordId,
            Action = action,
            FromState = from,
            ToState = to,
            Reason = reason,
            Ip = Actor.Ip,
        });

    /// <summary>Live event published after commit.</summary>
    public void Publish(string kind, long recordId, params string[] topics) => _events.Add(new LiveEvent(kind, recordId, topics));

    /// <summary>站内信 written in the same transaction, to each given user.</summary>
    public void Notify(IEnumerable<string> userIds, string title, string body, string? link = null)
    {
        foreach (var id in userIds.Where(u => !string.IsNullOrEmpty(u)).Distinct())
            _notices.Add((id, title, body, link));
    }
}
