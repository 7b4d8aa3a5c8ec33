namespace Wq.Blazor.Domain.Validation;

/// <summary>
/// Refuses passwords that are long enough but easy to guess. Identity's options check length and
/// character classes; this adds what they cannot know: common choices, runs, repetitions, padded
/// words and the user's own name.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;

    // Leetspeak people use to "disguise" a word: p@ssw0rd is still password.
    private static readonly Dictionary<char, char> Leet = new()
    {
        ['@'] = 'a', ['4'] = 'a', ['0'] = 'o', ['1'] = 'i', ['!'] = 'i', ['3'] = 'e',
        ['$'] = 's', ['5'] = 's', ['7'] = 't',
    };

    /// <summary>Null when acceptable, otherwise the reason for the user.</summary>
    public static string? Validate(string password, string? userName)
    {
        if (string.IsNullOrEmpty(password))
            return "请输入密码";
        if (password.Length < MinimumLength)
            return "密码至少12位";

        var p = password.ToLowerInvariant();
        if (ContainsUserName(p, userName))
            return "密码不能包含用户名";
        if (PasswordPatterns.IsSingleCharacter(p))
            return "密码不能由同一个字符重复组成";
        if (PasswordPatterns.IsRun(p))
            return "密码不能是连续的数字、字母或键盘序列";
        if (PasswordPatterns.IsRepeatedUnit(p))
            return "密码不能是简单重复的字符组合";
        if (CommonPasswords.Set.Contains(p) || IsPaddedWeakWord(p))
            return "密码过于常见,容易被猜到,请换一个";
        return null;
    }

    public static bool IsAcceptable(string password, string? userName) => Validate(password, userName) is null;

    private static bool ContainsUserName(string p, string? userName)
    {
        var name = userName?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
            return false;
        // Very short names would forbid half the alphabet; for those only equality counts.
        if (name.Length < 3)
            return p == name;
        var local = name.Split('@')[0];
        return p.Contains(name, StringComparison.Ordinal)
            || p.Contains(new string([.. name.Reverse()]), StringComparison.Ordinal)
            || (local.Length >= 3 && p.Contains(local, StringComparison.Ordinal));
    }

    // "iloveyou1234", "Password@2026", "1314520woaini": a weak core between predictable padding.
    private static bool IsPaddedWeakWord(string p)
    {
        var first = p.AsSpan().IndexOfAnyInRange('a', 'z');
        if (first < 0)
            return false;
        var last = p.AsSpan().LastIndexOfAnyInRange('a', 'z');
        var core = new string([.. p[first..(last + 1)].Select(c => Leet.GetValueOrDefault(c, c))]);
        var letters = new string([.. core.Where(char.IsAsciiLetter)]);

        var weakCore = CommonPasswords.Words.Contains(core) || CommonPasswords.Words.Contains(letters)
            || CommonPasswords.Set.Contains(core) || (core.Length >= 3 && PasswordPatterns.IsRun(core))
            || PasswordPatterns.IsSingleCharacter(core);
        return weakCore && IsPredictablePadding(p[..first]) && IsPredictablePadding(p[(last + 1)..]);
    }

    private static bool IsPredictablePadding(string pad)
    {
        var digits = new string([.. pad.Where(char.IsAsciiDigit)]);
        var symbols = pad.Length - digits.Length;
        if (symbols > 3)
            return false;
        return digits.Length <= 4
            || CommonPasswords.Numbers.Contains(digits)
            || PasswordPatterns.IsRun(digits)
            || PasswordPatterns.IsSingleCharacter(digits)
            || PasswordPatterns.IsRepeatedUnit(digits)
            || PasswordPatterns.IsDate(digits);
    }
}
