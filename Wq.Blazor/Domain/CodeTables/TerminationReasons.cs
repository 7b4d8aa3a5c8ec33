namespace Wq.Blazor.Domain.CodeTables;

/// <summary>A 解约原因; <paramref name="RequiresExplanation"/> makes the free-text explanation mandatory.</summary>
public sealed record TerminationReason(string Code, string Name, bool RequiresExplanation) : ICodeItem;

/// <summary>解约原因 (SPEC §8). The codes are this application's own; the SPEC gives names only.</summary>
public static class TerminationReasons
{
    public const string Other = "99";

    public static readonly CodeList<TerminationReason> All = new(
    [
        new("11", "个人原因-继续深造", false),
        new("12", "个人原因-家庭原因", false),
        new("13", "个人原因-身体原因", false),
        new("21", "单位承诺的条件无法兑现", false),
        new("22", "单位经营发生问题", false),
        new("30", "双方协商一致", false),
        new(Other, "其他原因", true),
    ]);

    public static TerminationReason? Find(string? code) => All.Find(code);
}
