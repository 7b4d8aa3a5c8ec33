namespace Wq.Blazor.Domain;

/// <summary>Times are stored in UTC and shown in China time (UTC+8, no daylight saving).</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(DateTimeOffset utc) => utc.ToOffset(Offset);

    public static string Format(DateTimeOffset utc) => ToChina(utc).ToString("yyyy-MM-dd HH:mm");

    public static string Format(DateTimeOffset? utc) => utc is null ? "" : Format(utc.Value);

}
