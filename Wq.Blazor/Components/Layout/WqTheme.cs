using MudBlazor;

namespace Wq.Blazor.Components.Layout;

public static class WqTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1565c0",
            Secondary = "#c62828",
            AppbarBackground = "#1565c0",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif"],
            },
        },
    };
}
