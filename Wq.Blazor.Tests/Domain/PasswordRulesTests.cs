using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Tests.Domain;

public class PasswordRulesTests
{
    private const string Common = "密码过于常见,容易被猜到,请换一个";

    [Theory]
    [InlineData("Wq-demo-2026")] // the demo accounts' password (SPEC §10) must pass
    [InlineData("correct horse battery staple")]
    [InlineData("Tr0ub4dour&3x")]
    [InlineData("mY2$kfP9qLzw")]
    [InlineData("春眠不觉晓处处闻啼鸟夜来")]
    [InlineData("password83920174")] // a word plus eight unpredictable digits is long enough
    [InlineData("Xk9#mQ2!Xk9#mQ2!")] // a repeated strong half: only two repeats
    public void Accepts_long_unpredictable_passwords(string password) =>
        Assert.Null(PasswordRules.Validate(password, "grad1"));

    [Theory]
    [InlineData("", "请输入密码")]
    [InlineData("short", "密码至少12位")]
    [InlineData("Abcdefg1234", "密码至少12位")]
    [InlineData("aaaaaaaaaaaa", "密码不能由同一个字符重复组成")]
    [InlineData("############", "密码不能由同一个字符重复组成")]
    [InlineData("123456789012", "密码不能是连续的数字、字母或键盘序列")]
    [InlineData("098765432109", "密码不能是连续的数字、字母或键盘序列")]
    [InlineData("abcdefghijkl", "密码不能是连续的数字、字母或键盘序列")]
    [InlineData("ZYXWVUTSRQPO", "密码不能是连续的数字、字母或键盘序列")]
    [InlineData("qwertyuiopas", "密码不能是连续的数字、字母或键盘序列")]
    [InlineData("1qaz2wsx3edc", "密码不能是连续的数字、字母或键盘序列")]
    [InlineData("qazwsxedcrfv", "密码不能是连续的数字、字母或键盘序列")]
    [InlineData("147258369147", "密码不能是连续的数字、字母或键盘序列")]
    [InlineData("!@#$%^&*()_+", "密码不能是连续的数字、字母或键盘序列")]
    [InlineData("abcabcabcabc", "密码不能是简单重复的字符组合")]
    [InlineData("1qaz1qaz1qaz", "密码不能是简单重复的字符组合")]
    [InlineData("121212121212", "密码不能是简单重复的字符组合")]
    [InlineData("password1234", Common)]
    [InlineData("Password1234", Common)]
    [InlineData("qwertyuiop12", Common)]
    [InlineData("iloveyou1234", Common)]
    [InlineData("woaini1314520", Common)]
    [InlineData("1314520woaini", Common)]
    [InlineData("zaq12wsxcde3", Common)]
    [InlineData("Password@2026", Common)]
    [InlineData("P@ssw0rd2026!", Common)]
    [InlineData("admin!123456", Common)]
    [InlineData("sunshine19900101", Common)]
    [InlineData("2026welcome!!", Common)]
    [InlineData("zxcvbnm12345678", Common)]
    public void Rejects_weak_passwords_with_a_reason(string password, string message) =>
        Assert.Equal(message, PasswordRules.Validate(password, "grad1"));

    [Theory]
    [InlineData("zhangsan", "zhangsan-2026-abc")]
    [InlineData("zhangsan", "xx-ZhangSan-Secret!")]
    [InlineData("zhangsan", "nasgnahz!Secret9")]
    [InlineData("zhang.san@example.com", "Zhang.San-2026-xyz")]
    [InlineData("13812345678", "my13812345678pw")]
    public void Rejects_passwords_containing_the_user_name(string userName, string password) =>
        Assert.Equal("密码不能包含用户名", PasswordRules.Validate(password, userName));

    [Theory]
    [InlineData("ab", "ab-Unrelated-77")] // too short a name to forbid as a substring
    [InlineData(null, "mY2$kfP9qLzw")]
    [InlineData("  ", "mY2$kfP9qLzw")]
    public void Short_or_missing_user_names_do_not_block(string? userName, string password) =>
        Assert.Null(PasswordRules.Validate(password, userName));

    [Fact]
    public void Every_listed_common_password_is_rejected_and_well_formed()
    {
        Assert.InRange(CommonPasswords.Set.Count, 280, 400);
        foreach (var p in CommonPasswords.Set)
        {
            Assert.True(p.Length >= PasswordRules.MinimumLength, p);
            Assert.Equal(p.ToLowerInvariant(), p);
            Assert.True(PasswordRules.Validate(p, null) is not null, p);
            Assert.True(PasswordRules.Validate(p.ToUpperInvariant(), null) is not null, p);
        }
    }

    [Fact]
    public void Random_sixteen_character_passwords_are_accepted()
    {
        const string chars = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*-_";
        var rng = Samples.Rng();
        for (var n = 0; n < 1000; n++)
        {
            var p = new string([.. Enumerable.Range(0, 16).Select(_ => chars[rng.Next(chars.Length)])]);
            Assert.True(PasswordRules.Validate(p, "grad1") is null, p);
        }
    }

    [Fact]
    public void Every_run_of_twelve_along_a_sequence_is_rejected()
    {
        foreach (var seq in new[] { "0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm" })
        {
            var twice = seq + seq + seq;
            for (var start = 0; start < seq.Length; start++)
            {
                var run = twice.Substring(start, 12);
                Assert.NotNull(PasswordRules.Validate(run, null));
                Assert.NotNull(PasswordRules.Validate(new string([.. run.Reverse()]), null));
            }
        }
    }
}
