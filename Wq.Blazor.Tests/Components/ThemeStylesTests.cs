using Bunit;
using MudBlazor;
using Wq.Blazor.Components.Layout;

namespace Wq.Blazor.Tests.Components;

/// <summary>
/// The layout writes the theme through WqThemeStyles (one CSS string per process) instead of
/// MudThemeProvider; a MudBlazor upgrade that changes what the provider writes must show here.
/// </summary>
public sealed class ThemeStylesTests : MudTestContext
{
    [Fact]
    public void Writes_the_same_styles_as_MudThemeProvider()
    {
        var stock = Render<MudThemeProvider>(p => p.Add(x => x.Theme, WqTheme.Theme));
        var shared = Render<WqThemeStyles>();

        Assert.Contains("--mud-palette-primary: rgba(21,101,192,1);", shared.Markup); // WqTheme's #1565c0
        shared.MarkupMatches(stock.Markup);
    }

    [Fact]
    public void Every_circuit_shares_one_string()
    {
        var first = Render<WqThemeStyles>();
        var second = Render<WqThemeStyles>();
        Assert.Same(WqThemeStyles.Markup, WqThemeStyles.Markup);
        Assert.Equal(first.Markup, second.Markup);
    }
}
