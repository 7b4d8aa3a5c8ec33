namespace Wq.Blazor.Tests.Domain;

public class CodeTablesTests
{
    public static TheoryData<CodeTable, int> TableSizes => new()
    {
        { CodeTable.DestinationType, 22 },
        { CodeTable.EmployerNature, 13 },
        { CodeTable.Industry, 21 },
        { CodeTable.JobCategory, 18 },
        { CodeTable.Region, 67 },
        { CodeTable.TerminationReason, 7 },
        { CodeTable.EducationLevel, 4 },
        { CodeTable.ArchiveReceiver, 3 },
    };

    [Theory]
    [MemberData(nameof(TableSizes))]
    public void Every_table_is_complete_with_unique_codes_and_names(CodeTable table, int count)
    {
        var items = Codes.Items(table);
        Assert.Equal(count, items.Count);
        Assert.Equal(count, items.Select(i => i.Code).Distinct().Count());
        Assert.Equal(count, items.Select(i => i.Name).Distinct().Count());
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.Name)));
        Assert.All(items, i => Assert.Equal(i.Name, Codes.NameOf(table, i.Code)));
    }

    [Fact]
    public void Destination_sub_types_sit_under_their_category()
    {
        Assert.Equal(["三支一扶", "西部计划", "其他国家基层项目"], DestinationTypes.ChildrenOf("50").Select(t => t.Name));
        Assert.Equal(["地方选调生", "其他地方基层项目"], DestinationTypes.ChildrenOf("51").Select(t => t.Name));
        Assert.Equal(["研究生", "第二学士学位", "专升本"], DestinationTypes.ChildrenOf("80").Select(t => t.Name));
    }

    [Theory]
    [InlineData("10", "签就业协议形式就业", DestinationGroup.ContractEmployment)]
    [InlineData("11", "签劳动合同形式就业", DestinationGroup.ContractEmployment)]
    [InlineData("12", "其他录用形式就业", DestinationGroup.FlexibleEmployment)]
    [InlineData("271", "科研助理、管理助理", DestinationGroup.ContractEmployment)]
    [InlineData("46", "应征义务兵", DestinationGroup.ContractEmployment)]
    [InlineData("502", "三支一扶", DestinationGroup.ContractEmployment)]
    [InlineData("503", "西部计划", DestinationGroup.ContractEmployment)]
    [InlineData("509", "其他国家基层项目", DestinationGroup.ContractEmployment)]
    [InlineData("512", "地方选调生", DestinationGroup.ContractEmployment)]
    [InlineData("519", "其他地方基层项目", DestinationGroup.ContractEmployment)]
    [InlineData("75", "自主创业", DestinationGroup.Entrepreneurship)]
    [InlineData("76", "自由职业", DestinationGroup.FlexibleEmployment)]
    [InlineData("801", "研究生", DestinationGroup.FurtherStudy)]
    [InlineData("802", "第二学士学位", DestinationGroup.FurtherStudy)]
    [InlineData("803", "专升本", DestinationGroup.FurtherStudy)]
    [InlineData("85", "出国、出境", DestinationGroup.FurtherStudy)]
    [InlineData("70", "待就业", DestinationGroup.NotEmployed)]
    [InlineData("71", "不就业拟升学", DestinationGroup.NotEmployed)]
    [InlineData("72", "其他暂不就业", DestinationGroup.NotEmployed)]
    public void Destination_types_have_the_spec_name_and_group(string code, string name, DestinationGroup group)
    {
        var type = DestinationTypes.Find(code)!;
        Assert.Equal(name, type.Name);
        Assert.Equal(group, type.Group);
        Assert.Equal(group != DestinationGroup.NotEmployed, DestinationTypes.IsPlaced(code));
    }

    [Fact]
    public void Only_leaf_types_other_than_10_are_selectable_for_registration()
    {
        Assert.Equal(
            ["11", "12", "271", "46", "502", "503", "509", "512", "519", "75", "76", "801", "802", "803", "85", "70", "71", "72"],
            DestinationTypes.Selectable.Select(t => t.Code));
        Assert.False(DestinationTypes.Find(DestinationTypes.SignedAgreement)!.SelectableForRegistration);
        Assert.All(DestinationTypes.All.Where(t => t.ParentCode is not null),
            t => Assert.Equal(DestinationTypes.Find(t.ParentCode)!.Group, t.Group));
    }

    [Fact]
    public void Proof_is_required_with_a_hint_except_for_not_employed_and_code_10()
    {
        foreach (var t in DestinationTypes.All)
        {
            var expected = t.Group != DestinationGroup.NotEmployed && t.Code != "10";
            Assert.True(expected == t.ProofRequired, t.Code);
            Assert.True(t.ProofRequired == (t.ProofHint is not null), t.Code);
        }
        Assert.Contains("入伍通知书", DestinationTypes.Find("46")!.ProofHint);
        Assert.Contains("营业执照", DestinationTypes.Find("75")!.ProofHint);
        Assert.Contains("录取通知书", DestinationTypes.Find("801")!.ProofHint);
    }

    [Fact]
    public void Groups_have_labels_and_only_not_employed_is_unplaced()
    {
        Assert.Equal(["协议和合同就业", "灵活就业", "自主创业", "升学", "未就业"],
            Enum.GetValues<DestinationGroup>().Select(g => g.Label()));
        Assert.Equal([true, true, true, true, false],
            Enum.GetValues<DestinationGroup>().Select(DestinationTypes.IsPlaced));
        Assert.False(DestinationTypes.IsPlaced("999"));
        Assert.False(DestinationTypes.IsPlaced(null));
    }

    [Theory]
    [InlineData(CodeTable.EmployerNature, "10", "机关")]
    [InlineData(CodeTable.EmployerNature, "32", "三资企业")]
    [InlineData(CodeTable.EmployerNature, "56", "城镇社区")]
    [InlineData(CodeTable.EmployerNature, "99", "其他")]
    [InlineData(CodeTable.Industry, "11", "农、林、牧、渔业")]
    [InlineData(CodeTable.Industry, "34", "信息传输、软件和信息技术服务业")]
    [InlineData(CodeTable.Industry, "45", "公共管理、社会保障和社会组织")]
    [InlineData(CodeTable.Industry, "80", "军队")]
    [InlineData(CodeTable.JobCategory, "10", "公务员")]
    [InlineData(CodeTable.JobCategory, "13", "工程技术人员")]
    [InlineData(CodeTable.JobCategory, "27", "新闻出版和文化工作人员")]
    [InlineData(CodeTable.JobCategory, "90", "其他人员")]
    [InlineData(CodeTable.Region, "110000", "北京市")]
    [InlineData(CodeTable.Region, "650000", "新疆维吾尔自治区")]
    [InlineData(CodeTable.Region, "440300", "深圳市")]
    [InlineData(CodeTable.Region, "510100", "成都市")]
    [InlineData(CodeTable.TerminationReason, "99", "其他原因")]
    [InlineData(CodeTable.EducationLevel, "3", "硕士研究生")]
    [InlineData(CodeTable.ArchiveReceiver, "2", "人才服务机构")]
    [InlineData(CodeTable.DestinationType, "803", "专升本")]
    public void Lookup_finds_exact_entries(CodeTable table, string code, string name)
    {
        Assert.Equal(name, Codes.NameOf(table, code));
        Assert.Equal(name, Codes.NameOf(table, $" {code} "));
        Assert.Equal($"{code} {name}", Codes.Display(table, code));
    }

    [Theory]
    [InlineData(CodeTable.EmployerNature, "11")]
    [InlineData(CodeTable.Industry, "99")]
    [InlineData(CodeTable.JobCategory, "")]
    [InlineData(CodeTable.Region, null)]
    public void Lookup_of_unknown_code_is_null(CodeTable table, string? code) => Assert.Null(Codes.NameOf(table, code));

    [Fact]
    public void Regions_are_31_provinces_plus_cities_with_real_prefix_structure()
    {
        Assert.Equal(31, Regions.Provinces.Count);
        Assert.All(Regions.All, r => Assert.Matches("^[1-6][0-9]{3}00$", r.Code));
        Assert.All(Regions.Provinces, p => Assert.EndsWith("0000", p.Code));
        Assert.All(Regions.All.Where(r => !r.IsProvince), c =>
        {
            Assert.NotNull(Regions.Find(c.ProvinceCode));
            Assert.EndsWith("市", c.Name);
        });
        Assert.Equal("广东省深圳市", Regions.FullName("440300"));
        Assert.Equal("浙江省杭州市", Regions.FullName("330100"));
        Assert.Equal("上海市", Regions.FullName("310000"));
        Assert.Null(Regions.FullName("990000"));
        Assert.Equal(["广州市", "深圳市", "佛山市", "东莞市"], Regions.CitiesOf("440000").Select(c => c.Name));
    }

    [Fact]
    public void Only_other_reason_requires_an_explanation()
    {
        Assert.Equal(["其他原因"], TerminationReasons.All.Where(r => r.RequiresExplanation).Select(r => r.Name));
        Assert.Equal("个人原因-继续深造", TerminationReasons.All[0].Name);
        Assert.True(TerminationReasons.Find(TerminationReasons.Other)!.RequiresExplanation);
    }

    [Fact]
    public void Education_levels_carry_the_agreement_number_digit()
    {
        Assert.Equal([1, 2, 3, 4], Enum.GetValues<EducationLevel>().Select(l => l.Digit()));
        Assert.Equal(["专科", "本科", "硕士研究生", "博士研究生"], Enum.GetValues<EducationLevel>().Select(l => l.Label()));
        Assert.Equal(EducationLevel.Master, EducationLevels.FromName(" 硕士研究生 "));
        Assert.Equal(EducationLevel.Doctorate, EducationLevels.FromName("博士"));
        Assert.Null(EducationLevels.FromName("高中"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((EducationLevel)9).Label());
    }

    [Fact]
    public void Archive_receivers_and_response_windows()
    {
        Assert.Equal(["单位接收", "人才服务机构", "返回生源地"], Enum.GetValues<ArchiveReceiver>().Select(r => r.Label()));
        Assert.Equal([3, 5, 7, 15, 30], ResponseWindows.Days);
        Assert.Equal(5, ResponseWindows.DefaultDays);
        Assert.True(ResponseWindows.IsAllowed(ResponseWindows.DefaultDays));
        Assert.False(ResponseWindows.IsAllowed(4));
        Assert.Equal("15天", ResponseWindows.Label(15));
    }

    [Fact]
    public void A_table_with_a_duplicate_code_is_refused() =>
        Assert.Throws<ArgumentException>(() => new CodeList<CodeItem>([new("1", "甲"), new("1", "乙")]));
}
