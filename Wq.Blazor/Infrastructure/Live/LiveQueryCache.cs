using System.Collections.Concurrent;

namespace Wq.Blazor.Infrastructure.Live;

/// <summary>
/// One query per scope and live event, shared by every page watching that scope: twenty staff of
/// one employer watching their list cost one database query per change, not twenty. The key must
/// name everything the result depends on (the query and the viewer's scope, see
/// <c>RecordScope.Key</c>), so a page only ever receives rows its own viewer may see.
/// A stored result is reused for an event only if its query started after that event was
/// published (a later or equal sequence number), so it already includes the change.
/// </summary>
public sealed class LiveQueryCache
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private readonly Lock _gate = new();
    private long _lastSweep = Environment.TickCount64;

    public Task<T> GetAsync<T>(string key, long sequence, Func<Task<T>> query)
    {
        Lazy<Task<T>> mine;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var found) && found.Sequence >= sequence && found.Result is Lazy<Task<T>> shared)
                return shared.Value;
            // Off the first watcher's dispatcher: the shared query must not depend on that circuit living on.
            mine = new Lazy<Task<T>>(() => Task.Run(query));
            _entries[key] = new Entry(sequence, mine, Environment.TickCount64);
            if (Environment.TickCount64 - _lastSweep > KeepFor.TotalMilliseconds) Sweep();
        }
        return Forget(key, mine);
    }

    private async Task<T> Forget<T>(string key, Lazy<Task<T>> mine)
    {
        try { return await mine.Value; }
        catch
        {
            // A failed query is not shared: the next event (or watcher) tries again.
            lock (_gate)
                if (_entries.TryGetValue(key, out var e) && ReferenceEquals(e.Result, mine)) _entries.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>Results are only useful while an event's watchers collect them; drop old ones so scopes quiet for a while hold no rows.</summary>
    private void Sweep()
    {
        _lastSweep = Environment.TickCount64;
        var cutoff = _lastSweep - (long)KeepFor.TotalMilliseconds;
        foreach (var (key, e) in _entries)
            if (e.CreatedAt < cutoff) _entries.TryRemove(key, out _);
    }

    private sealed record Entry(long Sequence, object Result, long CreatedAt);
}
