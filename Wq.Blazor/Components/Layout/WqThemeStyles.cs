using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace Wq.Blazor.Components.Layout;

/// <summary>
/// The style blocks MudThemeProvider writes for <see cref="WqTheme.Theme"/>, built once per process
/// instead of once per render. MudThemeProvider rebuilds a ~45 KB CSS string in every circuit and
/// keeps it in that circuit's render tree, and watches the system dark mode over JS interop;
/// Wq has one light theme, so every circuit can share one string and needs no interop (issue 12,
/// ADR 0021). Components/ThemeStylesTests compares the markup with MudThemeProvider's own.
/// </summary>
public sealed class WqThemeStyles : IComponent
{
    public static readonly string Markup = ThemeCss.Build(WqTheme.Theme);

    private RenderHandle _handle;
    private bool _rendered;

    public void Attach(RenderHandle renderHandle) => _handle = renderHandle;

    public Task SetParametersAsync(ParameterView parameters)
    {
        // No parameters and nothing changes: the markup frame is written once.
        if (!_rendered)
        {
            _rendered = true;
            _handle.Render(static builder => builder.AddMarkupContent(0, Markup));
        }
        return Task.CompletedTask;
    }

    /// <summary>Borrows MudThemeProvider's own CSS generation, so an upgrade of MudBlazor carries over.</summary>
    private sealed class ThemeCss : MudThemeProvider
    {
        // Copied from MudThemeProvider.razor, which writes it between the scrollbar and the theme.
        private const string ChartStyle = "<style>\n    .mud-chart-serie:hover {\n        filter: url(#lighten);\n    }\n\n    .mud-chart-serie-hovered \n    {\n        filter: url(#lighten);\n    }\n</style>\n\n";

        public static string Build(MudTheme theme)
        {
            var provider = new ThemeCss();
#pragma warning disable BL0005 // set outside a renderer on purpose: this instance only generates CSS
            provider.Theme = theme;
#pragma warning restore BL0005
            return BuildMudBlazorScrollbar() + ChartStyle + provider.BuildTheme();
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder) =>
            throw new InvalidOperationException("ThemeCss only generates CSS; render WqThemeStyles.");
    }
}
