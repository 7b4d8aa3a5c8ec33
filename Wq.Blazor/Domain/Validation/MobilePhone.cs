namespace Wq.Blazor.Domain.Validation;

/// <summary>Mainland China mobile numbers: 11 digits, "1" then 3-9, i.e. ^1[3-9][0-9]{9}$.</summary>
public static class MobilePhone
{
    public const int Length = 11;

    /// <summary>
    /// Trims, drops spaces and hyphens people type for readability ("138 0013 8000") and a
    /// leading +86 / 0086 country code, so the stored form is always the bare 11 digits.
    /// </summary>
    public static string Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var compact = string.Concat(input.Where(c => c is not (' ' or '-' or '\u3000')));
        if (compact.StartsWith("+86", StringComparison.Ordinal))
            compact = compact[3..];
        else if (compact.StartsWith("0086", StringComparison.Ordinal))
            compact = compact[4..];
        return compact;
    }

    /// <summary>Null when valid, otherwise a message for the user.</summary>
    public static string? Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return "请输入手机号";

        var phone = Normalize(input);
        // Not \d: in .NET it also matches non-ASCII digits such as full-width ones.
        if (phone.Length != Length || phone.AsSpan().ContainsAnyExceptInRange('0', '9'))
            return "手机号应为11位数字";
        if (phone[0] != '1' || phone[1] < '3')
            return "手机号格式不正确,应以13-19开头";
        return null;
    }

    public static bool IsValid(string? input) => Validate(input) is null;
}
