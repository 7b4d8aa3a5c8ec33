namespace Wq.Blazor.Domain.CodeTables;

/// <summary>学历层次. The numeric value is the level digit used in 协议书编号 (SPEC §2).</summary>
public enum EducationLevel
{
    /// <summary>专科</summary>
    JuniorCollege = 1,

    /// <summary>本科</summary>
    Bachelor = 2,

    /// <summary>硕士研究生</summary>
    Master = 3,

    /// <summary>博士研究生</summary>
    Doctorate = 4,
}

public sealed record EducationLevelInfo(EducationLevel Level, string Name) : ICodeItem
{
    /// <summary>The 协议书编号 level digit, 1-4.</summary>
    public int Digit => (int)Level;

    public string Code => Digit.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public static class EducationLevels
{
    public static readonly CodeList<EducationLevelInfo> All = new(
    [
        new(EducationLevel.JuniorCollege, "专科"),
        new(EducationLevel.Bachelor, "本科"),
        new(EducationLevel.Master, "硕士研究生"),
        new(EducationLevel.Doctorate, "博士研究生"),
    ]);

    public static string Label(this EducationLevel level) =>
        All.Find(((int)level).ToString(System.Globalization.CultureInfo.InvariantCulture))?.Name
        ?? throw new ArgumentOutOfRangeException(nameof(level), level, null);

    public static int Digit(this EducationLevel level) =>
        Enum.IsDefined(level) ? (int)level : throw new ArgumentOutOfRangeException(nameof(level), level, null);

    /// <summary>Parses the Chinese name as found in roster imports ("本科"); also accepts "硕士"/"博士".</summary>
    public static EducationLevel? FromName(string? name) => name?.Trim() switch
    {
        "专科" or "大专" => EducationLevel.JuniorCollege,
        "本科" => EducationLevel.Bachelor,
        "硕士研究生" or "硕士" => EducationLevel.Master,
        "博士研究生" or "博士" => EducationLevel.Doctorate,
        _ => null,
    };
}
