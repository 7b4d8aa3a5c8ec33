using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Wq.Blazor.Components.Layout;

namespace Wq.Blazor.Tests.Components;

/// <summary>MudBlazor's own words (the grid's pager here) render in Chinese under the app's UI culture.</summary>
public sealed class ChineseMudLocalizerTests : MudTestContext
{
    private sealed record Row(int Id);

    [Fact]
    public void The_data_grid_pager_speaks_chinese()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
            RenderProviders();
            var grid = Render<MudDataGrid<Row>>(p => p
                .Add(g => g.Items, Enumerable.Range(1, 45).Select(i => new Row(i)).ToList())
                .Add(g => g.PagerContent, b => { b.OpenComponent<MudDataGridPager<Row>>(0); b.CloseComponent(); }));

            Assert.Contains("每页条数", grid.Markup);
            Assert.Contains("第 1-10 条,共 45 条", grid.Markup);
            Assert.DoesNotContain("Rows per page", grid.Markup);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
