using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Components.Shared;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Tests.Components.Shared;

/// <summary>
/// A live page renders once per event, unless its handler says the event changed nothing it shows
/// (the workspace folds a batch's 1,000 events into a running reload and renders when it ends).
/// </summary>
public sealed class LiveComponentRenderTests : MudTestContext
{
    private const string Topic = "test:live-render";

    public LiveComponentRenderTests()
    {
        Services.AddLogging();
        Services.AddSingleton<LiveUpdateBus>();
        Services.AddSingleton<LiveQueryCache>();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task Each_event_renders_the_page_by_default()
    {
        var page = Render<Watcher>(p => p.Add(w => w.RenderAfter, _ => true));
        var before = page.RenderCount;

        await PublishAsync(5);

        page.WaitForAssertion(() => Assert.Equal(before + 5, page.RenderCount));
        Assert.Equal(5, page.Instance.Events);
    }

    [Fact]
    public async Task Events_the_handler_folded_into_other_work_do_not_render()
    {
        // Only every tenth event "finishes a reload"; the other nine were folded into it.
        var page = Render<Watcher>(p => p.Add(w => w.RenderAfter, n => n % 10 == 0));
        var before = page.RenderCount;

        await PublishAsync(30);

        page.WaitForAssertion(() => Assert.Equal(30, page.Instance.Events));
        await Task.Delay(100); // a stray render would have happened by now
        Assert.Equal(before + 3, page.RenderCount);
    }

    private Task PublishAsync(int count)
    {
        var bus = Services.GetRequiredService<LiveUpdateBus>();
        for (var i = 0; i < count; i++) bus.Publish(new LiveEvent(new RecordRef(RecordKind.Agreement, i), [Topic]));
        return Task.CompletedTask;
    }

    /// <summary>Counts the events it handled; renders after the n-th one when <see cref="RenderAfter"/>(n) says so.</summary>
    private sealed class Watcher : LiveComponentBase
    {
        private int _events;

        [Parameter] public Func<int, bool> RenderAfter { get; set; } = _ => true;

        public int Events => Volatile.Read(ref _events);

        protected override void OnInitialized() =>
            Listen([Topic], _ => Task.FromResult(RenderAfter(Interlocked.Increment(ref _events))));

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Events);
    }
}
