namespace Wq.Blazor.Domain.CodeTables;

/// <summary>单位性质 (SPEC §8).</summary>
public static class EmployerNatures
{
    public static readonly CodeList<CodeItem> All = new(
    [
        new("10", "机关"),
        new("20", "科研设计单位"),
        new("21", "高等教育单位"),
        new("22", "中初教育单位"),
        new("23", "医疗卫生单位"),
        new("29", "其他事业单位"),
        new("31", "国有企业"),
        new("32", "三资企业"),
        new("39", "其他企业"),
        new("40", "部队"),
        new("55", "农村建制村"),
        new("56", "城镇社区"),
        new("99", "其他"),
    ]);

    public static CodeItem? Find(string? code) => All.Find(code);
}
