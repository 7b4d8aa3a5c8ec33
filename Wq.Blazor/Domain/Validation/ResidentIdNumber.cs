using System.Globalization;

namespace Wq.Blazor.Domain.Validation;

/// <summary>
/// 居民身份证号码 (GB 11643-1999): 6-digit region code, 8-digit birth date (yyyyMMdd),
/// 3-digit sequence (odd = male) and an ISO 7064 MOD 11-2 check character (0-9 or X).
/// </summary>
public static class ResidentIdNumber
{
    public const int Length = 18;

    // Weight of position i is 2^(17-i) mod 11; precomputed so the check reads like the standard.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    // Indexed by (weighted sum mod 11): the character that makes the whole number ≡ 1 (mod 11).
    private const string CheckChars = "10X98765432";

    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <summary>Trims and upper-cases, so a typed lowercase "x" is stored as "X".</summary>
    public static string Normalize(string input) => input.Trim().ToUpperInvariant();

    /// <summary>Null when valid, otherwise a message for the user.</summary>
    public static string? Validate(string? input) => Validate(input, ChinaToday());

    /// <summary>Same as <see cref="Validate(string?)"/> with an explicit "today" (China time) for tests.</summary>
    public static string? Validate(string? input, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(input))
            return "请输入身份证号";

        var id = Normalize(input);
        if (id.Length != Length)
            return "身份证号应为18位";
        if (!AllDigits(id.AsSpan(0, 17)) || !IsCheckCharShape(id[17]))
            return "身份证号前17位应为数字,最后一位应为数字或X";
        if (id[0] == '0')
            return "身份证号中的地区码无效";

        var birth = BirthDate(id);
        if (birth is null || birth < EarliestBirthDate || birth > today)
            return "身份证号中的出生日期无效";
        if (ComputeCheckChar(id[..17]) != id[17])
            return "身份证号校验位不正确";
        return null;
    }

    public static bool IsValid(string? input) => Validate(input) is null;

    /// <summary>The check character for the first 17 digits.</summary>
    /// <exception cref="ArgumentException">when <paramref name="first17"/> is not 17 ASCII digits.</exception>
    public static char ComputeCheckChar(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17 || !AllDigits(first17))
            throw new ArgumentException("Expected exactly 17 ASCII digits.", nameof(first17));

        var sum = 0;
        for (var i = 0; i < 17; i++)
            sum += (first17[i] - '0') * Weights[i];
        return CheckChars[sum % 11];
    }

    /// <summary>The birth date encoded in positions 7-14, or null when it is not a calendar date.</summary>
    public static DateOnly? BirthDate(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var normalized = Normalize(id);
        if (normalized.Length != Length)
            return null;
        return DateOnly.TryParseExact(normalized.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>True for male, false for female (odd/even 17th digit), null when the shape is wrong.</summary>
    public static bool? IsMale(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var normalized = Normalize(id);
        if (normalized.Length != Length || !char.IsAsciiDigit(normalized[16]))
            return null;
        return (normalized[16] - '0') % 2 == 1;
    }

    /// <summary>"男" / "女" from the 17th digit, or null when the shape is wrong.</summary>
    public static string? GenderName(string id) => IsMale(id) switch
    {
        true => "男",
        false => "女",
        null => null,
    };

    private static bool AllDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');

    private static bool IsCheckCharShape(char c) => char.IsAsciiDigit(c) || c == 'X';

    // Birth dates are judged against the calendar in China, not the server's zone.
    private static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}
