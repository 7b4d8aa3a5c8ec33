using Microsoft.AspNetCore.Components;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Components.Shared;

/// <summary>
/// A component that re-queries when a counterpart acts. It subscribes only once interactive
/// (a prerender pass has no circuit to update) and always unsubscribes on dispose: a live
/// subscription would otherwise keep the whole circuit in memory.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private IDisposable? _subscription;
    private long _shownSequence;

    [Inject] private LiveUpdateBus Bus { get; set; } = default!;
    [Inject] private LiveQueryCache SharedQueries { get; set; } = default!;

    protected void Listen(IEnumerable<string> topics, Func<LiveEvent, Task> onEvent) =>
        Listen(topics, async ev => { await onEvent(ev); return true; });

    /// <summary>
    /// As above, for a handler that knows when an event changed nothing it shows (it was folded into a
    /// reload already running): returning false skips the render. A batch of 1,000 decisions sends a
    /// reviewer's open queue 1,000 events; rendering the whole grid for each would cost the circuit far
    /// more than the reloads it coalesces.
    /// </summary>
    protected void Listen(IEnumerable<string> topics, Func<LiveEvent, Task<bool>> onEvent)
    {
        if (!RendererInfo.IsInteractive) return;
        _subscription?.Dispose();
        _subscription = Bus.Subscribe(topics, ev => InvokeAsync(async () =>
        {
            if (await onEvent(ev)) StateHasChanged();
        }));
    }

    /// <summary>
    /// Listens for a query whose result depends only on <paramref name="sharedKey"/> (the query's
    /// name and the viewer's <c>RecordScope.Key</c>): every page with that key shares one run of
    /// it per event. Results older than the one shown are dropped, since handlers for two quick
    /// events may finish out of order. A null key means "not shareable": each page queries alone.
    /// </summary>
    protected void ListenShared<T>(IEnumerable<string> topics, string? sharedKey, Func<Task<T>> query, Action<T> show)
    {
        if (sharedKey is null)
        {
            Listen(topics, async _ => show(await query()));
            return;
        }
        Listen(topics, async ev =>
        {
            var result = await SharedQueries.GetAsync(sharedKey, ev.Sequence, query);
            if (ev.Sequence < _shownSequence) return;
            _shownSequence = ev.Sequence;
            show(result);
        });
    }

    public virtual void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
