using Wq.Blazor.Infrastructure.Pdf;

namespace Wq.Blazor.Tests.Infrastructure.Pdf;

public class CjkLineBreakerTests
{
    // Monospace stand-in for a font: CJK full width 1, everything else half width.
    static double Measure(string s) => s.Sum(c => CjkLineBreaker.IsCjk(c.ToString()) ? 1.0 : 0.5);

    static IReadOnlyList<string> Break(string? text, double width) => CjkLineBreaker.Break(text, width, Measure);

    [Fact]
    public void Breaks_Chinese_between_any_two_characters()
    {
        Assert.Equal(["甲乙双方", "协商一致"], Break("甲乙双方协商一致", 4));
    }

    [Fact]
    public void Keeps_Latin_words_and_numbers_whole()
    {
        // "Onboarding" (5 wide) moves to the next line whole instead of being cut after "O".
        Assert.Equal(["提供岗前培训", "Onboarding计", "划12500元"], Break("提供岗前培训Onboarding计划12500元", 6));
    }

    [Fact]
    public void Breaks_at_spaces_and_drops_them_at_the_break()
    {
        Assert.Equal(["Health", "Check", "Report"], Break("Health Check Report", 4));
    }

    [Fact]
    public void Cuts_a_word_wider_than_the_line_between_characters()
    {
        Assert.Equal(["网址：", "https://a.c", "n/verify"], Break("网址：https://a.cn/verify", 5.5));
    }

    [Fact]
    public void Honours_explicit_line_breaks_and_blank_lines()
    {
        Assert.Equal(["第一条", "", "第二条"], Break("第一条\r\n\n第二条", 10));
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        // "。" would start line 2; instead "致" comes down with it.
        Assert.Equal(["双方协商一", "致。"], Break("双方协商一致。", 6));
    }

    [Fact]
    public void Empty_text_is_one_empty_line()
    {
        Assert.Equal([""], Break("", 10));
        Assert.Equal([""], Break(null, 10));
    }

    [Fact]
    public void Every_character_survives_wrapping()
    {
        var text = "第1条：乙方为甲方提供岗前培训（Onboarding Program）及职业发展通道，双方应遵守国家劳动法律法规。";
        var lines = Break(text, 7);

        Assert.All(lines, l => Assert.True(Measure(l) <= 7, $"'{l}' is wider than the line"));
        Assert.Equal(text.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
    }
}
