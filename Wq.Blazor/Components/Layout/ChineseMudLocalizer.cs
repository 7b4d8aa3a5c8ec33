using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Wq.Blazor.Components.Layout;

/// <summary>
/// MudBlazor's own words (pager, date pickers, file upload, required-field message) in Chinese,
/// so no English appears in a Chinese UI. MudBlazor asks this localizer whenever the UI culture
/// is not English; <see cref="UseChineseUi"/> sets that culture for every circuit.
/// </summary>
public sealed class ChineseMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["MudDataGridPager_RowsPerPage"] = "每页条数",
        ["MudDataGridPager_InfoFormat"] = "第 {0}-{1} 条,共 {2} 条",
        ["MudDataGridPager_AllItems"] = "全部",
        ["MudDataGridPager_FirstPage"] = "首页",
        ["MudDataGridPager_PreviousPage"] = "上一页",
        ["MudDataGridPager_NextPage"] = "下一页",
        ["MudDataGridPager_LastPage"] = "末页",
        ["MudTablePager_FirstPage"] = "首页",
        ["MudTablePager_PreviousPage"] = "上一页",
        ["MudTablePager_NextPage"] = "下一页",
        ["MudTablePager_LastPage"] = "末页",
        ["MudPagination_FirstPage"] = "首页",
        ["MudPagination_PreviousPage"] = "上一页",
        ["MudPagination_NextPage"] = "下一页",
        ["MudPagination_LastPage"] = "末页",
        ["MudDataGrid_Loading"] = "加载中…",
        ["MudTable_Loading"] = "加载中…",
        ["MudSelect_SelectAll"] = "全选",
        ["MudTable_SelectAllRows"] = "全选",
        ["MudTable_SelectRow"] = "选择",
        ["MudBaseDatePicker_Open"] = "选择日期",
        ["MudBaseDatePicker_PrevMonth"] = "上个月",
        ["MudBaseDatePicker_NextMonth"] = "下个月",
        ["MudBaseDatePicker_PrevYear"] = "上一年",
        ["MudBaseDatePicker_NextYear"] = "下一年",
        ["MudDateRangePicker_Start"] = "开始日期",
        ["MudDateRangePicker_End"] = "结束日期",
        ["MudTimePicker_Open"] = "选择时间",
        ["MudFileUpload_Button"] = "选择文件",
        ["MudFileUpload_DragAndDrop"] = "拖放文件到此处",
        ["MudFormComponent_Required"] = "此项为必填项",
        ["MudInput_Clear"] = "清除",
        ["MudInput_Increment"] = "增加",
        ["MudInput_Decrement"] = "减少",
        ["MudDialog_Close"] = "关闭",
        ["MudSnackbar_Close"] = "关闭",
        ["MudAlert_Close"] = "关闭",
        ["MudChip_Close"] = "移除",
        ["MudNavGroup_ToggleExpand"] = "展开或收起",
    };

    public override LocalizedString this[string key] =>
        Words.TryGetValue(key, out var text) ? new(key, text) : new(key, key, resourceNotFound: true);


    /// <summary>The UI culture of every request and circuit: Chinese (formatting stays as configured).</summary>
    public static void UseChineseUi() =>
        System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
}
