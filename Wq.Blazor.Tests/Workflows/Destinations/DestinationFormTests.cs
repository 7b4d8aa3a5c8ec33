using Wq.Blazor.Domain.Destinations;

namespace Wq.Blazor.Tests.Workflows.Destinations;

/// <summary>Issue 9: each destination type's required fields and proofs, accepted and refused, in Chinese.</summary>
public class DestinationFormTests
{
    private static Dictionary<string, string> Check(string code, Dictionary<string, string?> values, int proofs = 1) =>
        DestinationValidator.Validate(code, values, proofs, DestinationSamples.Year);

    [Theory, MemberData(nameof(DestinationSamples.SelectableCodes), MemberType = typeof(DestinationSamples))]
    public void Every_selectable_type_has_a_form_and_accepts_its_complete_sample(string code)
    {
        Assert.NotNull(DestinationForms.For(code));
        var proofs = DestinationTypes.Find(code)!.ProofRequired ? 1 : 0;
        Assert.Empty(Check(code, DestinationSamples.For(code), proofs));
    }

    [Theory, MemberData(nameof(DestinationSamples.SelectableCodes), MemberType = typeof(DestinationSamples))]
    public void Every_required_field_left_empty_is_refused_next_to_that_field(string code)
    {
        var form = DestinationForms.For(code)!;
        var sample = DestinationSamples.For(code);
        foreach (var field in form.ShownFields(sample).Where(f => f.Required))
        {
            var values = new Dictionary<string, string?>(sample) { [field.Key] = " " };
            var errors = Check(code, values);
            Assert.True(errors.ContainsKey(field.Key), $"{code}: empty {field.Label} was accepted");
            Assert.Contains(field.Label, errors[field.Key]);
        }
    }

    [Theory, MemberData(nameof(DestinationSamples.ProofCodes), MemberType = typeof(DestinationSamples))]
    public void A_type_that_needs_proof_is_refused_without_it_and_says_what_to_upload(string code)
    {
        var errors = Check(code, DestinationSamples.For(code), proofs: 0);
        Assert.Equal([DestinationValidator.ProofKey], errors.Keys);
        Assert.Contains(DestinationTypes.Find(code)!.ProofHint!, errors[DestinationValidator.ProofKey]);
    }

    [Theory]
    [InlineData("70")]
    [InlineData("71")]
    [InlineData("72")]
    public void Not_employed_types_need_a_reason_and_no_proof(string code)
    {
        Assert.Empty(Check(code, DestinationSamples.For(code), proofs: 0));
        Assert.Equal("请填写原因说明", Check(code, new() { ["reason"] = "" }, proofs: 0)["reason"]);
    }

    [Fact]
    public void More_than_ten_proof_files_are_refused() =>
        Assert.Equal("证明材料最多10个文件", Check("11", DestinationSamples.For("11"), proofs: 11)[DestinationValidator.ProofKey]);

    [Theory]
    [InlineData("11")]
    [InlineData("75")]
    public void A_credit_code_with_a_bad_check_digit_is_refused(string code)
    {
        var values = DestinationSamples.For(code);
        values["creditCode"] = DestinationSamples.BadCheckDigit;
        Assert.Equal("统一社会信用代码校验位不正确", Check(code, values)["creditCode"]);
    }

    [Theory]
    [InlineData("2026-12-31", false)]
    [InlineData("2027-01-01", true)]
    [InlineData("2028-12-31", true)]
    [InlineData("2029-01-01", false)]
    [InlineData("2027/09/01", false)]
    public void The_admission_date_must_fall_in_the_graduation_year_or_the_next(string date, bool accepted)
    {
        var values = DestinationSamples.For("801");
        values["admissionDate"] = date;
        Assert.Equal(accepted, !Check("801", values).ContainsKey("admissionDate"));
    }

    [Fact]
    public void E_commerce_startups_give_shop_url_and_income_instead_of_a_credit_code()
    {
        var values = new Dictionary<string, string?>
        { ["startupMode"] = DestinationForms.ECommerce, ["organisation"] = "小满手作店", ["region"] = "330100" };
        var errors = Check("75", values);
        Assert.Equal(["shopUrl", "income"], errors.Keys.Order(StringComparer.Ordinal).Reverse());
        values["shopUrl"] = "ftp://shop.example.cn";
        values["income"] = "1200";
        errors = Check("75", values);
        Assert.Contains("http", errors["shopUrl"]);
        Assert.Contains("最低工资", errors["income"]);
        values["shopUrl"] = "https://shop.example.cn/xiaoman";
        values["income"] = "3000";
        Assert.Empty(Check("75", values));
    }

    [Fact]
    public void Unknown_codes_and_categories_are_refused_as_no_type_chosen()
    {
        foreach (var code in new[] { "", "10", "50", "80", "99" })
            Assert.Equal("请选择毕业去向类型", Check(code, [])[DestinationValidator.TypeKey]);
    }

    [Fact]
    public void Types_are_offered_grouped_as_the_code_table_groups_them()
    {
        var groups = DestinationForms.Grouped().ToDictionary(g => g.Heading, g => g.Types.Select(t => t.Code).ToArray());
        Assert.Equal(["11", "271", "46"], groups["协议和合同就业"]);
        Assert.Equal(["502", "503", "509"], groups["50 国家基层项目"]);
        Assert.Equal(["801", "802", "803"], groups["80 境内升学"]);
        Assert.Equal(["70", "71", "72"], groups["未就业"]);
        Assert.Equal(DestinationTypes.Selectable.Count, groups.Values.Sum(g => g.Length));
    }
}
