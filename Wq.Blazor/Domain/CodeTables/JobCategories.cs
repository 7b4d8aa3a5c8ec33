namespace Wq.Blazor.Domain.CodeTables;

/// <summary>工作职位类别 (SPEC §8).</summary>
public static class JobCategories
{
    /// <summary>90 其他人员: reviewers get a hint to look closer (SPEC §5.1).</summary>
    public const string OtherPersonnel = "90";

    public static readonly CodeList<CodeItem> All = new(
    [
        new("10", "公务员"),
        new("11", "科学研究人员"),
        new("13", "工程技术人员"),
        new("17", "农林牧渔业技术人员"),
        new("19", "卫生专业技术人员"),
        new("21", "经济业务人员"),
        new("22", "金融业务人员"),
        new("23", "法律专业人员"),
        new("24", "教学人员"),
        new("25", "文学艺术工作人员"),
        new("26", "体育工作人员"),
        new("27", "新闻出版和文化工作人员"),
        new("29", "其他专业技术人员"),
        new("30", "办事人员和有关人员"),
        new("40", "商业和服务业人员"),
        new("60", "生产和运输设备操作人员"),
        new("80", "军人"),
        new(OtherPersonnel, "其他人员"),
    ]);

    public static CodeItem? Find(string? code) => All.Find(code);
}
