using System.Globalization;

namespace Wq.Blazor.Domain;

/// <summary>
/// Masks personal data for display and exports (SPEC §2). Every method accepts null or empty
/// input and returns it unchanged, so callers can mask optional fields without checks.
/// </summary>
public static class Masking
{
    public const char Star = '*';

    /// <summary>First 3 and last 4 characters kept, the rest starred: 110***********123X.</summary>
    public static string? MaskIdNumber(string? idNumber) => KeepEnds(idNumber?.Trim(), 3, 4);

    /// <summary>138****5678 for an 11-digit mobile; other numbers keep the first 3 and last 4 too.</summary>
    public static string? MaskPhone(string? phone) => KeepEnds(phone?.Trim(), 3, 4);

    /// <summary>张三 → 张*, 张三丰 → 张*丰, 欧阳娜娜 → 欧**娜; a single character becomes *.</summary>
    public static string? MaskName(string? name)
    {
        if (string.IsNullOrEmpty(name))
            return name;
        // Text elements, not chars: rare names use CJK Extension B characters (surrogate pairs).
        var elements = TextElements(name.Trim());
        return elements.Length switch
        {
            0 => name,
            1 => Star.ToString(),
            2 => elements[0] + Star,
            _ => elements[0] + new string(Star, elements.Length - 2) + elements[^1],
        };
    }

    // Too short to keep both ends without revealing most of the value: star everything.
    private static string? KeepEnds(string? value, int head, int tail)
    {
        if (string.IsNullOrEmpty(value))
            return value;
        if (value.Length <= head + tail)
            return new string(Star, value.Length);
        return string.Concat(value.AsSpan(0, head), new string(Star, value.Length - head - tail), value.AsSpan(value.Length - tail));
    }

    private static string[] TextElements(string s)
    {
        var list = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext())
            list.Add(e.GetTextElement());
        return [.. list];
    }
}
