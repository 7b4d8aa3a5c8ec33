using System.Collections.Frozen;

namespace Wq.Blazor.Domain.Validation;

/// <summary>Shape tests behind <see cref="PasswordRules"/>: runs and repetitions that need no list.</summary>
internal static class PasswordPatterns
{
    // Sequences people slide a finger along. Each is cyclic ("…890" then "1…") and is also
    // read backwards. Every character appears once per sequence, so "next" is well defined.
    private static readonly string[] Sequences =
    [
        "0123456789",
        "abcdefghijklmnopqrstuvwxyz",
        "qwertyuiopasdfghjklzxcvbnm",
        "`1234567890-=",
        "~!@#$%^&*()_+",
        "qwertyuiop[]\\",
        "asdfghjkl;'",
        "zxcvbnm,./",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
        "qazwsxedcrfvtgbyhnujmikolp",
        "789456123",
        "147258369",
    ];

    private static readonly FrozenDictionary<char, char>[] NextMaps =
        [.. Sequences.SelectMany(s => new[] { s, new string([.. s.Reverse()]) }).Select(NextMap)];

    /// <summary>True when every character follows the previous one in one sequence and direction.</summary>
    internal static bool IsRun(string s)
    {
        if (s.Length < 2)
            return false;
        foreach (var next in NextMaps)
        {
            var ok = true;
            for (var i = 0; ok && i + 1 < s.Length; i++)
                ok = next.TryGetValue(s[i], out var expected) && expected == s[i + 1];
            if (ok)
                return true;
        }
        return false;
    }

    internal static bool IsSingleCharacter(string s) => s.Length > 0 && s.AsSpan().IndexOfAnyExcept(s[0]) < 0;

    /// <summary>True when s is some shorter unit repeated at least three times ("abcabcabc…").</summary>
    internal static bool IsRepeatedUnit(string s)
    {
        for (var unit = 1; unit <= s.Length / 3; unit++)
        {
            if (s.Length % unit != 0)
                continue;
            var ok = true;
            for (var i = unit; ok && i < s.Length; i++)
                ok = s[i] == s[i - unit];
            if (ok)
                return true;
        }
        return false;
    }

    /// <summary>An eight-digit date yyyyMMdd between 1900 and 2099, the usual birthday padding.</summary>
    internal static bool IsDate(string digits) =>
        digits.Length == 8 && digits[..2] is "19" or "20"
        && DateOnly.TryParseExact(digits, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out _);

    private static FrozenDictionary<char, char> NextMap(string sequence)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < sequence.Length; i++)
            map.Add(sequence[i], sequence[(i + 1) % sequence.Length]);
        return map.ToFrozenDictionary();
    }
}
