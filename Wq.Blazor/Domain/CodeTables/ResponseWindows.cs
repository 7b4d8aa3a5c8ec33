namespace Wq.Blazor.Domain.CodeTables;

/// <summary>应约有效期: how many days a graduate has to answer an invitation (SPEC §4.1).</summary>
public static class ResponseWindows
{
    public const int DefaultDays = 5;

    public static readonly IReadOnlyList<int> Days = [3, 5, 7, 15, 30];

    public static bool IsAllowed(int days) => Days.Contains(days);

    public static string Label(int days) => $"{days}天";
}
