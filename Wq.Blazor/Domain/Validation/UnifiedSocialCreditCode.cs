namespace Wq.Blazor.Domain.Validation;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters over a 31-character alphabet that leaves out
/// I, O, Z, S and V (easily confused with 1, 0, 2, 5 and U); the last one is a MOD 31 check.
/// </summary>
/// <remarks>
/// Only the alphabet and the check character are enforced. The embedded region code and the
/// organisation code's own GB 11714 check are not, so that no genuine code is ever refused.
/// </remarks>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    /// <summary>The code alphabet; a character's index is its numeric value (0-30).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // Weight of position i is 3^i mod 31, as tabulated in the standard.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Trims and upper-cases: the standard's letters are all capitals.</summary>
    public static string Normalize(string input) => input.Trim().ToUpperInvariant();

    /// <summary>Null when valid, otherwise a message for the user.</summary>
    public static string? Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return "请输入统一社会信用代码";

        var code = Normalize(input);
        if (code.Length != Length)
            return "统一社会信用代码应为18位";
        if (code.AsSpan().ContainsAnyExcept(Alphabet))
            return "统一社会信用代码只能包含数字和大写字母(不含I、O、Z、S、V)";
        if (ComputeCheckChar(code[..17]) != code[17])
            return "统一社会信用代码校验位不正确";
        return null;
    }

    public static bool IsValid(string? input) => Validate(input) is null;

    /// <summary>The check character for the first 17 characters (lowercase accepted).</summary>
    /// <exception cref="ArgumentException">when the input is not 17 characters of the alphabet.</exception>
    public static char ComputeCheckChar(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var body = first17.ToUpperInvariant();
        if (body.Length != 17 || body.AsSpan().ContainsAnyExcept(Alphabet))
            throw new ArgumentException("Expected exactly 17 characters of the GB 32100 alphabet.", nameof(first17));

        var sum = 0;
        for (var i = 0; i < 17; i++)
            sum += Alphabet.IndexOf(body[i]) * Weights[i];
        // 31 - (sum mod 31) lies in 1..31; 31 wraps to 0.
        return Alphabet[(31 - sum % 31) % 31];
    }
}
