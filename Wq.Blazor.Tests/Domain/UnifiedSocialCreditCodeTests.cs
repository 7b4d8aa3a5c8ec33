using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Tests.Domain;

public class UnifiedSocialCreditCodeTests
{
    private const string Alphabet = UnifiedSocialCreditCode.Alphabet;

    [Theory] // codes as printed on the public business licences of large companies
    [InlineData("91350100M000100Y43")]
    [InlineData("91330100716105852F")]
    [InlineData("9144030071526726XG")]
    [InlineData("914403001922038216")]
    [InlineData("91110000802100433B")]
    [InlineData("91110108551385082Q")]
    [InlineData("91440300708461136T")]
    [InlineData(" 91110000802100433b ")]
    public void Accepts_real_world_codes(string code) => Assert.Null(UnifiedSocialCreditCode.Validate(code));

    [Theory]
    [InlineData(null, "请输入统一社会信用代码")]
    [InlineData(" ", "请输入统一社会信用代码")]
    [InlineData("91110000802100433", "统一社会信用代码应为18位")]
    [InlineData("91110000802100433BB", "统一社会信用代码应为18位")]
    [InlineData("9111000080210043IB", "统一社会信用代码只能包含数字和大写字母(不含I、O、Z、S、V)")]
    [InlineData("9111000080210043OB", "统一社会信用代码只能包含数字和大写字母(不含I、O、Z、S、V)")]
    [InlineData("9111000080210043ZB", "统一社会信用代码只能包含数字和大写字母(不含I、O、Z、S、V)")]
    [InlineData("9111000080210043SB", "统一社会信用代码只能包含数字和大写字母(不含I、O、Z、S、V)")]
    [InlineData("9111000080210043VB", "统一社会信用代码只能包含数字和大写字母(不含I、O、Z、S、V)")]
    [InlineData("91110000-02100433B", "统一社会信用代码只能包含数字和大写字母(不含I、O、Z、S、V)")]
    [InlineData("91110000802100433C", "统一社会信用代码校验位不正确")]
    public void Rejects_with_a_specific_message(string? code, string message)
    {
        Assert.Equal(message, UnifiedSocialCreditCode.Validate(code));
        Assert.False(UnifiedSocialCreditCode.IsValid(code));
    }

    [Fact]
    public void Alphabet_has_31_characters_without_I_O_Z_S_V()
    {
        Assert.Equal(31, Alphabet.Length);
        Assert.Equal(31, Alphabet.Distinct().Count());
        Assert.DoesNotContain(Alphabet, c => "IOZSV".Contains(c));
    }

    [Fact]
    public void Check_value_31_wraps_to_0()
    {
        // Weighted sum 0 → 31 − 0 = 31 → 0.
        Assert.Equal('0', UnifiedSocialCreditCode.ComputeCheckChar("00000000000000000"));
        // Sum 1 (a "1" in the first position, weight 1) → 30 → 'Y', the last letter.
        Assert.Equal('Y', UnifiedSocialCreditCode.ComputeCheckChar("10000000000000000"));
    }

    [Fact]
    public void ComputeCheckChar_accepts_lowercase_and_refuses_bad_bodies()
    {
        Assert.Equal('B', UnifiedSocialCreditCode.ComputeCheckChar("91110000802100433"));
        Assert.Equal('Q', UnifiedSocialCreditCode.ComputeCheckChar("91110108551385082"));
        Assert.Equal(UnifiedSocialCreditCode.ComputeCheckChar("91350100M000100Y4"), UnifiedSocialCreditCode.ComputeCheckChar("91350100m000100y4"));
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckChar("9111000080210043"));
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckChar("9111000080210043I"));
    }

    [Fact]
    public void Random_codes_with_computed_check_character_are_valid()
    {
        var rng = Samples.Rng();
        for (var n = 0; n < 2000; n++)
        {
            var code = Samples.CreditCode(rng);
            Assert.True(UnifiedSocialCreditCode.IsValid(code), code);
            Assert.True(UnifiedSocialCreditCode.IsValid(code.ToLowerInvariant()), code);
        }
    }

    // 31 is prime and every weight 3^i mod 31 is non-zero, so replacing a character of value a by
    // b ≠ a (|a − b| ≤ 30) changes the weighted sum mod 31 and so the required check character;
    // replacing the check character breaks the match with the unchanged body. Every mutant fails.
    [Fact]
    public void Any_single_character_substitution_is_rejected()
    {
        var rng = Samples.Rng(7);
        for (var n = 0; n < 100; n++)
        {
            var code = Samples.CreditCode(rng);
            for (var i = 0; i < 18; i++)
            {
                foreach (var c in Alphabet)
                {
                    if (c == code[i])
                        continue;
                    var mutant = Samples.Replace(code, i, c);
                    Assert.True(UnifiedSocialCreditCode.Validate(mutant) is not null, $"{code} → {mutant}");
                }
            }
        }
    }

    // 3 is a primitive root mod 31, so neighbouring weights differ mod 31 and swapping two
    // different neighbours in the body always changes the sum mod 31.
    [Fact]
    public void Any_adjacent_transposition_in_the_body_is_rejected()
    {
        var rng = Samples.Rng(11);
        for (var n = 0; n < 500; n++)
        {
            var code = Samples.CreditCode(rng);
            for (var i = 0; i < 16; i++)
            {
                if (code[i] == code[i + 1])
                    continue;
                var mutant = Samples.Swap(code, i, i + 1);
                Assert.True(UnifiedSocialCreditCode.Validate(mutant) is not null, $"{code} → {mutant}");
            }
        }
    }

    [Fact]
    public void Normalize_trims_and_upper_cases() =>
        Assert.Equal("91350100M000100Y43", UnifiedSocialCreditCode.Normalize("\t91350100m000100y43 "));
}
