using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Wq.Blazor.Tests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services. Disposed asynchronously: MudBlazor components
/// that touched a popover fail a synchronous disposal.
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    /// <summary>Renders the popover provider first, as the layout does, so selects and menus can open.</summary>
    protected void RenderProviders() => Render<MudPopoverProvider>();
}
