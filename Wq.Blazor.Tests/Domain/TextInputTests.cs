using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Domain;

public class TextInputTests
{
    [Theory]
    [InlineData("张\u202E三", "张三")]
    [InlineData("\u2066星辰科技\u2069", "星辰科技")]
    [InlineData(" 李\u0000四\t\n", "李四")]
    [InlineData("王\u200F五\u2028", "王五")]
    [InlineData("ACME (北京) 有限公司", "ACME (北京) 有限公司")]
    public void One_line_text_loses_control_and_bidi_characters(string input, string expected) =>
        Assert.Equal(expected, TextInput.CleanLine(input));

    [Fact]
    public void Multiline_text_keeps_its_line_breaks_but_not_other_controls()
    {
        Assert.Equal("第一条\n第二条\n第三条", TextInput.CleanMultiline("第一条\r\n第二\u202E条\r第三条\u0007"));
    }

    [Fact]
    public void Too_long_names_the_field_and_its_limit()
    {
        Assert.Null(TextInput.TooLong(new string('a', 200), 200, "工作地点"));
        Assert.Equal("工作地点不能超过200字", TextInput.TooLong(new string('a', 201), 200, "工作地点"));
        Assert.Null(TextInput.TooLong(null, 10, "x"));
    }

    [Fact]
    public void A_5000_character_work_location_gets_a_field_message_and_stored_terms_are_clean()
    {
        var terms = new TermsInput
        {
            PositionTitle = "软件\u202E工程师", JobCategoryCode = "13", WorkLocation = new string('京', 5000),
            MonthlySalary = 12000, ArchiveReceiver = Wq.Blazor.Domain.CodeTables.ArchiveReceivers.All[0].Code,
        };

        Assert.Equal("工作地点不能超过200字", terms.Validate());

        terms.WorkLocation = "北京市\u2066海淀区\u2069";
        Assert.Null(terms.Validate());
        var stored = terms.ToTerms();
        Assert.Equal("软件工程师", stored.PositionTitle);
        Assert.Equal("北京市海淀区", stored.WorkLocation);
    }
}
