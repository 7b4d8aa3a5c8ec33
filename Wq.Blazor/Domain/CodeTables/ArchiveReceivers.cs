namespace Wq.Blazor.Domain.CodeTables;

/// <summary>档案接收: who receives the graduate's personnel file. Values are the stored codes.</summary>
public enum ArchiveReceiver
{
    /// <summary>单位接收</summary>
    Employer = 1,

    /// <summary>人才服务机构</summary>
    TalentServiceAgency = 2,

    /// <summary>返回生源地</summary>
    HomeRegion = 3,
}

public static class ArchiveReceivers
{
    public static readonly CodeList<CodeItem> All = new(
    [
        new("1", "单位接收"),
        new("2", "人才服务机构"),
        new("3", "返回生源地"),
    ]);

    public static CodeItem? Find(string? code) => All.Find(code);

    public static string Label(this ArchiveReceiver receiver) =>
        All.Find(((int)receiver).ToString(System.Globalization.CultureInfo.InvariantCulture))?.Name
        ?? throw new ArgumentOutOfRangeException(nameof(receiver), receiver, null);
}
