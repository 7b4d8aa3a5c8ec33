using Microsoft.Extensions.Logging.Abstractions;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Tests.Infrastructure.Live;

/// <summary>
/// Watchers of one scope share a query per event, never a result older than the event they
/// react to, and never another scope's result.
/// </summary>
public sealed class LiveQueryCacheTests
{
    [Fact]
    public async Task Watchers_of_the_same_event_share_one_query()
    {
        var cache = new LiveQueryCache();
        var runs = 0;
        var gate = new TaskCompletionSource();
        Func<Task<int>> query = async () => { Interlocked.Increment(ref runs); await gate.Task; return 7; };

        var watchers = Enumerable.Range(0, 20).Select(_ => cache.GetAsync("rows:employer:1", 5, query)).ToList();
        gate.SetResult();

        Assert.All(await Task.WhenAll(watchers), r => Assert.Equal(7, r));
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task A_later_event_runs_the_query_again_and_an_earlier_one_reuses_the_fresher_result()
    {
        var cache = new LiveQueryCache();
        var runs = 0;
        Func<Task<int>> query = () => Task.FromResult(Interlocked.Increment(ref runs));

        Assert.Equal(1, await cache.GetAsync("k", 1, query));
        Assert.Equal(2, await cache.GetAsync("k", 2, query));
        // Event 1's watcher arriving late gets the run started after event 2: it includes both changes.
        Assert.Equal(2, await cache.GetAsync("k", 1, query));
    }

    [Fact]
    public async Task Different_scopes_never_share_a_result()
    {
        var cache = new LiveQueryCache();
        Assert.Equal("employer:1", await cache.GetAsync("rows:employer:1", 3, () => Task.FromResult("employer:1")));
        Assert.Equal("employer:2", await cache.GetAsync("rows:employer:2", 3, () => Task.FromResult("employer:2")));
    }

    [Fact]
    public async Task A_failed_query_is_not_shared_with_the_next_watcher()
    {
        var cache = new LiveQueryCache();
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync<int>("k", 1, () => throw new InvalidOperationException()));
        Assert.Equal(4, await cache.GetAsync("k", 1, () => Task.FromResult(4)));
    }

    [Fact]
    public async Task The_bus_numbers_events_in_publish_order()
    {
        var bus = new LiveUpdateBus(NullLogger<LiveUpdateBus>.Instance);
        var seen = new List<long>();
        var two = new TaskCompletionSource();
        using var _ = bus.Subscribe(["t"], ev => { lock (seen) { seen.Add(ev.Sequence); if (seen.Count == 2) two.SetResult(); } return Task.CompletedTask; });

        bus.Publish(new LiveEvent(new RecordRef(RecordKind.Agreement, 1), ["t"]));
        bus.Publish(new LiveEvent(new RecordRef(RecordKind.Agreement, 2), ["t"]));
        await two.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([1L, 2L], seen.Order());
    }

    [Fact]
    public void Scope_keys_differ_exactly_where_visibility_differs()
    {
        var emp1a = new ActorContext("a", "A", Roles.Employer, EmployerId: 1);
        var emp1b = new ActorContext("b", "B", Roles.Employer, EmployerId: 1);
        var emp2 = new ActorContext("c", "C", Roles.Employer, EmployerId: 2);
        var grad = new ActorContext("d", "D", Roles.Graduate, GraduateId: 1);
        var dept = new ActorContext("e", "E", Roles.DepartmentReviewer, SchoolId: 1, DepartmentId: 1);
        var school = new ActorContext("f", "F", Roles.SchoolReviewer, SchoolId: 1);

        Assert.Equal(RecordScope.Key(emp1a), RecordScope.Key(emp1b));
        string?[] keys = [RecordScope.Key(emp1a), RecordScope.Key(emp2), RecordScope.Key(grad), RecordScope.Key(dept), RecordScope.Key(school)];
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Null(RecordScope.Key(ActorContext.System));
    }
}
