using System.Collections.Frozen;

namespace Wq.Blazor.Domain.Validation;

/// <summary>
/// Passwords of 12+ characters that people pick because they look long enough: number and
/// keyboard patterns, words padded with digits, and Chinese pinyin favourites. Written for this
/// project from well-known habits; lower-case, compared after lower-casing the input.
/// Pure runs and single repeated characters are caught by rules in <see cref="PasswordRules"/>
/// and need not be listed, though some are kept as examples.
/// </summary>
internal static class CommonPasswords
{
    /// <summary>Words that make a weak password when padded with a predictable number or symbol.</summary>
    internal static readonly FrozenSet<string> Words = Split("""
        password passw0rd passwd pass admin administrator root user login welcome letmein
        iloveyou loveyou love lovely forever sunshine princess dragon monkey master shadow
        superman batman football baseball basketball soccer michael jennifer jordan charlie
        freedom whatever trustno qwerty qwer asdf zxcv abc abcd test tester secret hello
        hellokitty flower summer winter autumn spring computer internet google apple china
        beijing shanghai woaini aini woaiwojia wodemima mima zhongguo nihao baobei laopo
        laogong qq wq demo default changeme guest student teacher school graduate employer
        """);

    /// <summary>Numbers that are common on their own or as padding (love codes, lucky numbers).</summary>
    internal static readonly FrozenSet<string> Numbers = Split("""
        520 521 1314 5201314 1314520 520520 521521 201314 250 666 888 999 168 518 8888 6666
        9999 1688 147258 147258369 159357 159753 258369 741852963 789456 789456123 123123
        112233 110 119 007 2580
        """);

    internal static readonly FrozenSet<string> Set = Split("""
        123456789012 1234567890123 12345678901234 123456789123 1234567891011 123456789000
        12345678910a 012345678901 098765432109 987654321098 987654321012 111222333444
        112233445566 11223344556677 121212121212 123123123123 123412341234 123451234512
        147258369147 147258369000 147258369258 1472583690123 159357159357 159753159753
        258258258258 321321321321 456456456456 520520520520 521521521521 5201314520131
        520131452013 13145201314520 1314520131452 5211314521131 000000000000 111111111111
        666666666666 888888888888 999999999999 123456123456 123456654321 654321654321
        789456123789 741852963741 963852741963 123654789632 147852369874 100200300400
        qwertyuiop12 qwertyuiop123 qwertyuiopasd qwertyuiopasdf qwerty123456 qwerty1234567
        123456qwerty 1234qwerasdf qwer1234asdf asdf1234qwer qwerasdfzxcv qwerasdfzxcv1
        zxcvasdfqwer 1qaz2wsx3edc 1qaz2wsx3edc4rfv 1qaz@wsx3edc !qaz@wsx#edc 1qaz!qaz1qaz
        qazwsxedcrfv qazwsxedc123 qazwsx123456 zaq12wsxcde3 zaq1xsw2cde3 zaq!xsw@cde#
        1q2w3e4r5t6y 1q2w3e4r5t6y7u q1w2e3r4t5y6 1q2w3e4r1q2w 1qw23er45ty6 1qazxsw23edc
        asdfghjkl123 asdfghjklqwe asdf;lkjasdf zxcvbnm12345 zxcvbnm123456 123456zxcvbnm
        qweasdzxc123 qweasdzxcqwe 123qweasdzxc qwe123qwe123 asd123asd123 zxc123zxc123
        abc123abc123 abcd1234abcd a1b2c3d4e5f6 a1b2c3d4e5f6g7 abc123456789 abcd12345678
        abcdef123456 a12345678910 a123456789012 aa1234567890 aa123456789a a1234567890a
        1234567890ab 123456789abc 12345678abcd 123456abcdef 1234567890qwe 1234567890qw
        qq1234567890 qq123456789012 abcdefghijkl abcdefghijklm abcdefghijklmn abcdabcdabcd
        password1234 password12345 password123456 password2024 password2025 password2026
        password@123 password!123 password1234! p@ssw0rd1234 p@ssword1234 passw0rd1234
        passwordpassword mypassword123 password1password 1234password 123456password
        admin1234567 admin12345678 admin123456789 administrator admin@123456 adminadmin123
        root12345678 root123456789 rootroot1234 user12345678 test12345678 test123456789
        welcome12345 welcome123456 welcome@1234 letmein12345 letmein123456 changeme1234
        iloveyou1234 iloveyou12345 iloveyou123456 iloveyou5201314 iloveyouforever iloveyou1314
        iloveyou520520 iloveyouiloveyou sunshine1234 princess1234 football1234 baseball1234
        basketball12 dragon123456 monkey123456 shadow123456 superman1234 batman123456
        master123456 trustno11234 whatever1234 hellokitty12 helloworld12 helloworld123
        helloworld1234 freedom12345 charlie12345 michael12345 jennifer1234 computer1234
        internet1234 google123456 qwertyqwerty asdfasdfasdf zxcvzxcvzxcv 1qaz1qaz1qaz
        woaini1314520 woaini5201314 woaini131452 woaini520520 woaini521521 woaini123456
        woaini1234567 woainimama123 woainibaba123 woaiwojia1314 woaiwojia123 5201314woaini
        1314520woaini aini13145200 aini1314520a woainiwoaini woaini12345678 wodemima1234
        wodemima123456 mima12345678 mima123456789 zhongguo1234 zhongguo123456 beijing12345
        beijing123456 shanghai1234 shanghai12345 nihao1234567 baobei520520 baobei1314520
        laopo5201314 laogong5201314 woshishui123 woshinibaba12 zhangwei1234 wangwei12345
        liuyang12345 abc5201314520 a5201314520a qq5201314520 521125521125 1314521521131
        wq1234567890 wqdemo123456 demo12345678 default12345 guest1234567 student12345
        student123456 teacher12345 graduate2026 graduate2027 employer1234 school123456
        china1234567 china123456789 chinese12345 love12345678 love5201314520 lovelove1314
        lovely123456 forever1314520 summer123456 winter123456 spring123456 autumn123456
        flower123456 apple1234567 secret123456 hello1234567 hello12345678 hellohello12
        1234abcd1234 abcd1234abcd1234 12341234abcd 1111aaaa2222 aaaa1111bbbb 1a2b3c4d5e6f
        aaaaaaaaaaaa aaaaaa123456 aaa111bbb222 1111qqqq2222 qqqqqqqqqqqq 11111111aaaa
        1234567890-= !@#$%^&*()_+ ~!@#$%^&*()_ 1234567890qwertyuiop 0987654321qwe qwe!@#qwe!@#
        qwe123!@#qwe 1qaz2wsx!qaz@wsx 1qaz2wsx!@#$ abc!@#123abc qazxswedcvfr qazxswedcvfrtgb
        mnbvcxzlkjhg poiuytrewq12 0okm9ijn8uhb 0plm9okn8ijb 1q2w3e4r5t6y7u8i q1w2e3r4t5y6u7
        a1234567890b aa123123123123 woaiwolaopo123 woaiwolaogong zhangsan123456 lisi12345678
        wangwu123456 xiaoming1234 xiaohong1234 tiantian1234 dandan123456 qianqian1234
        yangyang1234 haohao123456 jiayou123456 xiaobao12345 xiaoxiao1234 wangyang1234
        19491001abcd 19900101abcd 20000101abcd 2008beijing08 beijing2008aa 88888888aaaa
        """);

    private static FrozenSet<string> Split(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
