namespace Wq.Blazor.Domain.CodeTables;

/// <summary>单位行业 (SPEC §8).</summary>
public static class Industries
{
    public static readonly CodeList<CodeItem> All = new(
    [
        new("11", "农、林、牧、渔业"),
        new("21", "采矿业"),
        new("22", "制造业"),
        new("23", "电力、热力、燃气及水生产和供应业"),
        new("24", "建筑业"),
        new("31", "批发和零售业"),
        new("32", "交通运输、仓储和邮政业"),
        new("33", "住宿和餐饮业"),
        new("34", "信息传输、软件和信息技术服务业"),
        new("35", "金融业"),
        new("36", "房地产业"),
        new("37", "租赁和商务服务业"),
        new("38", "科学研究和技术服务业"),
        new("39", "水利、环境和公共设施管理业"),
        new("41", "居民服务、修理和其他服务业"),
        new("42", "教育"),
        new("43", "卫生和社会工作"),
        new("44", "文化、体育和娱乐业"),
        new("45", "公共管理、社会保障和社会组织"),
        new("46", "国际组织"),
        new("80", "军队"),
    ]);

    public static CodeItem? Find(string? code) => All.Find(code);
}
