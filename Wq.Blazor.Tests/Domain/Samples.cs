using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Tests.Domain;

/// <summary>Random but reproducible valid identifiers: random body, computed check character.</summary>
internal static class Samples
{
    /// <summary>A fixed "today" so generated birth dates never drift into the future.</summary>
    public static readonly DateOnly Today = new(2026, 6, 30);

    public static Random Rng(int seed = 20270601) => new(seed);

    public static string ResidentId(Random rng)
    {
        var region = rng.Next(1, 10).ToString() + rng.Next(0, 100_000).ToString("D5");
        var span = Today.DayNumber - new DateOnly(1900, 1, 1).DayNumber;
        var birth = DateOnly.FromDayNumber(new DateOnly(1900, 1, 1).DayNumber + rng.Next(0, span + 1));
        var body = region + birth.ToString("yyyyMMdd") + rng.Next(0, 1000).ToString("D3");
        return body + ResidentIdNumber.ComputeCheckChar(body);
    }

    public static string CreditCode(Random rng)
    {
        var body = new string([.. Enumerable.Range(0, 17)
            .Select(_ => UnifiedSocialCreditCode.Alphabet[rng.Next(UnifiedSocialCreditCode.Alphabet.Length)])]);
        return body + UnifiedSocialCreditCode.ComputeCheckChar(body);
    }

    public static string Replace(string s, int index, char c) =>
        string.Concat(s.AsSpan(0, index), c.ToString(), s.AsSpan(index + 1));

    public static string Swap(string s, int i, int j)
    {
        var chars = s.ToCharArray();
        (chars[i], chars[j]) = (chars[j], chars[i]);
        return new string(chars);
    }
}
