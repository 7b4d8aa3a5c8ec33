namespace Wq.Blazor.Tests.Domain;

public class MaskingTests
{
    [Theory]
    [InlineData("11010519491231002X", "110***********002X")]
    [InlineData("11010519491231123X", "110***********123X")]
    [InlineData(" 110101199003074477 ", "110***********4477")]
    [InlineData("1234567", "*******")]
    [InlineData("12345678", "123*5678")]
    [InlineData(null, null)]
    [InlineData("", "")]
    public void MaskIdNumber_keeps_first_3_and_last_4(string? input, string? expected) =>
        Assert.Equal(expected, Masking.MaskIdNumber(input));

    [Fact]
    public void MaskIdNumber_preserves_length()
    {
        var rng = Samples.Rng();
        for (var n = 0; n < 100; n++)
        {
            var id = Samples.ResidentId(rng);
            var masked = Masking.MaskIdNumber(id)!;
            Assert.Equal(18, masked.Length);
            Assert.Equal(id[..3] + new string('*', 11) + id[^4..], masked);
        }
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("010-12345678", "010*****5678")]
    [InlineData("8008208820", "800***8820")]
    [InlineData("12345", "*****")]
    [InlineData(null, null)]
    [InlineData("", "")]
    public void MaskPhone_keeps_first_3_and_last_4(string? input, string? expected) =>
        Assert.Equal(expected, Masking.MaskPhone(input));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张三丰", "张*丰")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("阿依古丽·买买提", "阿******提")]
    [InlineData("张", "*")]
    [InlineData(" 李四 ", "李*")]
    [InlineData("𠮷三", "𠮷*")] // Extension B character: one text element, two UTF-16 chars
    [InlineData("𠮷三𠮷", "𠮷*𠮷")]
    [InlineData(null, null)]
    [InlineData("", "")]
    public void MaskName_keeps_first_and_last_character(string? input, string? expected) =>
        Assert.Equal(expected, Masking.MaskName(input));
}
