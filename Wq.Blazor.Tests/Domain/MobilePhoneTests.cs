using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Tests.Domain;

public class MobilePhoneTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("19912345678")]
    [InlineData("15000000000")]
    [InlineData(" 138 1234 5678 ")]
    [InlineData("138-1234-5678")]
    [InlineData("+8613812345678")]
    [InlineData("008613812345678")]
    public void Accepts_mainland_mobiles(string phone) => Assert.Null(MobilePhone.Validate(phone));

    [Theory]
    [InlineData(null, "请输入手机号")]
    [InlineData("", "请输入手机号")]
    [InlineData("1381234567", "手机号应为11位数字")]
    [InlineData("138123456789", "手机号应为11位数字")]
    [InlineData("1381234567a", "手机号应为11位数字")]
    [InlineData("１３８12345678", "手机号应为11位数字")]
        [InlineData("12812345678", "手机号格式不正确,应以13-19开头")]
    [InlineData("10012345678", "手机号格式不正确,应以13-19开头")]
    [InlineData("23812345678", "手机号格式不正确,应以13-19开头")]
    [InlineData("010-12345678", "手机号格式不正确,应以13-19开头")] // a landline
    public void Rejects_with_a_specific_message(string? phone, string message)
    {
        Assert.Equal(message, MobilePhone.Validate(phone));
        Assert.False(MobilePhone.IsValid(phone));
    }

    [Fact]
    public void Normalize_keeps_only_the_eleven_digits() =>
        Assert.Equal("13812345678", MobilePhone.Normalize("+86 138-1234 5678"));

    [Fact]
    public void Every_second_digit_from_3_to_9_is_accepted()
    {
        for (var d = '0'; d <= '9'; d++)
            Assert.Equal(d >= '3', MobilePhone.IsValid($"1{d}012345678"));
    }
}
