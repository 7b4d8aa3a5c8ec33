using System.Collections.Concurrent;

namespace Wq.Blazor.Infrastructure.Live;

/// <summary>Something changed that open pages may want to show. Published only after commit.</summary>
public sealed record LiveEvent(RecordRef Record, IReadOnlyCollection<string> Topics)
{
    /// <summary>
    /// Publish order on this instance, set by the bus: watchers share one query per scope and
    /// event (<see cref="LiveQueryCache"/>) and drop a result older than the one they show.
    /// </summary>
    public long Sequence { get; init; }
}

/// <summary>
/// In-process notifier: pages subscribe to topics (a user, a graduate, an employer, a school or
/// department queue) and re-query when an event arrives. A relay from other instances can feed
/// <see cref="PublishLocal"/>. Handlers run off the publisher's thread so a slow page never
/// delays the action that caused the event.
/// </summary>
public sealed class LiveUpdateBus(ILogger<LiveUpdateBus> log)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<LiveEvent, Task>>> _byTopic = new();
    private long _sequence;

    public static string UserTopic(string userId) => $"user:{userId}";
    public static string GraduateTopic(int graduateId) => $"graduate:{graduateId}";
    public static string EmployerTopic(int employerId) => $"employer:{employerId}";
    public static string SchoolQueueTopic(int schoolId) => $"school:{schoolId}";
    public static string DepartmentQueueTopic(int departmentId) => $"department:{departmentId}";
    public static string RecordTopic(RecordRef record) => record.ToString();

    public IDisposable Subscribe(IEnumerable<string> topics, Func<LiveEvent, Task> handler)
    {
        var id = Guid.NewGuid();
        var list = topics.Distinct().ToArray();
        foreach (var t in list)
            _byTopic.GetOrAdd(t, _ => new()).TryAdd(id, handler);
        return new Subscription(() =>
        {
            foreach (var t in list)
                if (_byTopic.TryGetValue(t, out var handlers)) handlers.TryRemove(id, out _);
        });
    }

    public void Publish(LiveEvent ev) => PublishLocal(ev);

    public void PublishLocal(LiveEvent ev)
    {
        ev = ev with { Sequence = Interlocked.Increment(ref _sequence) };
        // One call per subscriber even if it listens on several of the event's topics.
        var targets = new Dictionary<Guid, Func<LiveEvent, Task>>();
        foreach (var t in ev.Topics)
            if (_byTopic.TryGetValue(t, out var handlers))
                foreach (var (id, h) in handlers) targets.TryAdd(id, h);
        foreach (var handler in targets.Values)
            _ = Task.Run(async () =>
            {
                try { await handler(ev); }
                catch (Exception ex) { log.LogWarning(ex, "Live update handler failed for {Record}", ev.Record.ToString()); }
            });
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;
        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
