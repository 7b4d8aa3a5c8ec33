using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Tests.Domain;

public class ResidentIdNumberTests
{
    private const string Digits = "0123456789";

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("  11010519491231002X ")]
    [InlineData("110101199003074477")]
    [InlineData("11010119900307803X")]
    public void Accepts_well_formed_numbers_with_correct_check_character(string id)
    {
        Assert.Null(ResidentIdNumber.Validate(id, Samples.Today));
        Assert.True(ResidentIdNumber.IsValid(id));
    }

    [Theory]
    [InlineData(null, "请输入身份证号")]
    [InlineData("", "请输入身份证号")]
    [InlineData("   ", "请输入身份证号")]
    [InlineData("11010519491231002", "身份证号应为18位")]
    [InlineData("11010519491231002X1", "身份证号应为18位")]
    [InlineData("1101051949123100AX", "身份证号前17位应为数字,最后一位应为数字或X")]
    [InlineData("11010519491231002Y", "身份证号前17位应为数字,最后一位应为数字或X")]
    [InlineData("１１0105194912310020", "身份证号前17位应为数字,最后一位应为数字或X")]
    [InlineData("110105194912310021", "身份证号校验位不正确")]
    [InlineData("440524188001010014", "身份证号中的出生日期无效")] // the standard's own 1880 example: before 1900
    public void Rejects_with_a_specific_message(string? id, string message)
    {
        Assert.Equal(message, ResidentIdNumber.Validate(id, Samples.Today));
        Assert.False(ResidentIdNumber.IsValid(id));
    }

    [Theory]
    [InlineData("19000229")] // 1900 is not a leap year
    [InlineData("20230230")]
    [InlineData("20231301")]
    [InlineData("18991231")]
    [InlineData("20260701")] // the day after Samples.Today
    public void Rejects_impossible_or_future_birth_dates_even_with_correct_check(string birth)
    {
        var body = "110105" + birth + "002";
        var id = body + ResidentIdNumber.ComputeCheckChar(body);
        Assert.Equal("身份证号中的出生日期无效", ResidentIdNumber.Validate(id, Samples.Today));
    }

    [Theory]
    [InlineData("20000229")]
    [InlineData("19000101")]
    [InlineData("20260630")] // born today
    public void Accepts_boundary_birth_dates(string birth)
    {
        var body = "110105" + birth + "002";
        Assert.Null(ResidentIdNumber.Validate(body + ResidentIdNumber.ComputeCheckChar(body), Samples.Today));
    }

    [Fact]
    public void Rejects_region_code_starting_with_zero()
    {
        const string body = "01010519491231002";
        Assert.Equal("身份证号中的地区码无效", ResidentIdNumber.Validate(body + ResidentIdNumber.ComputeCheckChar(body), Samples.Today));
    }

    [Fact]
    public void Random_numbers_with_computed_check_character_are_valid()
    {
        var rng = Samples.Rng();
        for (var n = 0; n < 2000; n++)
        {
            var id = Samples.ResidentId(rng);
            Assert.True(ResidentIdNumber.Validate(id, Samples.Today) is null, id);
        }
    }

    // MOD 11-2 catches every single substitution: changing digit i by d (1 ≤ |d| ≤ 9) changes the
    // weighted sum by w_i·d, and w_i = 2^(17-i) is never divisible by 11 (a prime), nor is d, so the
    // sum mod 11 — hence the required check character — changes. A changed check character no
    // longer matches the unchanged body. So no exception is needed: every mutant must fail.
    [Fact]
    public void Any_single_character_substitution_is_rejected()
    {
        var rng = Samples.Rng(7);
        for (var n = 0; n < 200; n++)
        {
            var id = Samples.ResidentId(rng);
            for (var i = 0; i < 18; i++)
            {
                foreach (var c in i == 17 ? Digits + "X" : Digits)
                {
                    if (c == id[i])
                        continue;
                    var mutant = Samples.Replace(id, i, c);
                    Assert.True(ResidentIdNumber.Validate(mutant, Samples.Today) is not null, $"{id} → {mutant}");
                }
            }
        }
    }

    // Swapping digits a ≠ b at i, i+1 changes the sum by (w_i − w_{i+1})(a − b); 2 is a primitive
    // root mod 11, so neighbouring weights differ mod 11 and the product is never ≡ 0.
    [Fact]
    public void Any_adjacent_transposition_in_the_body_is_rejected()
    {
        var rng = Samples.Rng(11);
        for (var n = 0; n < 500; n++)
        {
            var id = Samples.ResidentId(rng);
            for (var i = 0; i < 16; i++)
            {
                if (id[i] == id[i + 1])
                    continue;
                var mutant = Samples.Swap(id, i, i + 1);
                Assert.True(ResidentIdNumber.Validate(mutant, Samples.Today) is not null, $"{id} → {mutant}");
            }
        }
    }

    [Fact]
    public void Check_character_ten_is_written_X()
    {
        Assert.Equal('X', ResidentIdNumber.ComputeCheckChar("11010519491231002"));
        Assert.Equal('7', ResidentIdNumber.ComputeCheckChar("11010119900307447"));
    }

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("110105194912310020")]
    [InlineData("1101051949123100A")]
    public void ComputeCheckChar_refuses_anything_but_17_digits(string body) =>
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.ComputeCheckChar(body));

    [Fact]
    public void Normalize_trims_and_upper_cases() =>
        Assert.Equal("11010519491231002X", ResidentIdNumber.Normalize(" 11010519491231002x\t"));

    [Fact]
    public void Reads_birth_date_and_gender()
    {
        Assert.Equal(new DateOnly(1949, 12, 31), ResidentIdNumber.BirthDate("11010519491231002X"));
        Assert.False(ResidentIdNumber.IsMale("11010519491231002X"));
        Assert.Equal("女", ResidentIdNumber.GenderName("11010519491231002X"));
        Assert.True(ResidentIdNumber.IsMale("110101199003074477"));
        Assert.Equal("男", ResidentIdNumber.GenderName("110101199003074477"));
        Assert.Null(ResidentIdNumber.BirthDate("110105194902300021"));
        Assert.Null(ResidentIdNumber.BirthDate("1101"));
        Assert.Null(ResidentIdNumber.GenderName("1101"));
    }
}
