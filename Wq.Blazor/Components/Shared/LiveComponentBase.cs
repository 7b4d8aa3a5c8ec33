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

    [Inject] private LiveUpdateBus Bus { get; set; } = default!;

    protected void Listen(IEnumerable<string> topics, Func<LiveEvent, Task> onEvent)
    {
        if (!RendererInfo.IsInteractive) return;
        _subscription?.Dispose();
        _subscription = Bus.Subscribe(topics, ev => InvokeAsync(async () =>
        {
            await onEvent(ev);
            StateHasChanged();
        }));
    }

    public virtual void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
