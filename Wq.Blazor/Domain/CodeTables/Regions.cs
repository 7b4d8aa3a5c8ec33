namespace Wq.Blazor.Domain.CodeTables;

/// <summary>An administrative division (GB/T 2260). Provinces carry their own code as ProvinceCode.</summary>
public sealed record Region(string Code, string Name, string ProvinceCode) : ICodeItem
{
    public bool IsProvince => Code == ProvinceCode;
}

/// <summary>
/// 单位所在地: the 31 provincial-level divisions of the mainland and their major cities (SPEC §8
/// asks only for a starter list; the employer also gives a text address).
/// </summary>
public static class Regions
{
    public static readonly CodeList<Region> All = new(
    [
        P("110000", "北京市"), P("120000", "天津市"),
        P("130000", "河北省"), C("130100", "石家庄市"),
        P("140000", "山西省"), C("140100", "太原市"),
        P("150000", "内蒙古自治区"), C("150100", "呼和浩特市"),
        P("210000", "辽宁省"), C("210100", "沈阳市"), C("210200", "大连市"),
        P("220000", "吉林省"), C("220100", "长春市"),
        P("230000", "黑龙江省"), C("230100", "哈尔滨市"),
        P("310000", "上海市"),
        P("320000", "江苏省"), C("320100", "南京市"), C("320200", "无锡市"), C("320500", "苏州市"),
        P("330000", "浙江省"), C("330100", "杭州市"), C("330200", "宁波市"),
        P("340000", "安徽省"), C("340100", "合肥市"),
        P("350000", "福建省"), C("350100", "福州市"), C("350200", "厦门市"),
        P("360000", "江西省"), C("360100", "南昌市"),
        P("370000", "山东省"), C("370100", "济南市"), C("370200", "青岛市"),
        P("410000", "河南省"), C("410100", "郑州市"),
        P("420000", "湖北省"), C("420100", "武汉市"),
        P("430000", "湖南省"), C("430100", "长沙市"),
        P("440000", "广东省"), C("440100", "广州市"), C("440300", "深圳市"), C("440600", "佛山市"), C("441900", "东莞市"),
        P("450000", "广西壮族自治区"), C("450100", "南宁市"),
        P("460000", "海南省"), C("460100", "海口市"),
        P("500000", "重庆市"),
        P("510000", "四川省"), C("510100", "成都市"),
        P("520000", "贵州省"), C("520100", "贵阳市"),
        P("530000", "云南省"), C("530100", "昆明市"),
        P("540000", "西藏自治区"), C("540100", "拉萨市"),
        P("610000", "陕西省"), C("610100", "西安市"),
        P("620000", "甘肃省"), C("620100", "兰州市"),
        P("630000", "青海省"), C("630100", "西宁市"),
        P("640000", "宁夏回族自治区"), C("640100", "银川市"),
        P("650000", "新疆维吾尔自治区"), C("650100", "乌鲁木齐市"),
    ]);

    public static readonly IReadOnlyList<Region> Provinces = [.. All.Where(r => r.IsProvince)];

    public static Region? Find(string? code) => All.Find(code);

    public static IReadOnlyList<Region> CitiesOf(string provinceCode) =>
        [.. All.Where(r => !r.IsProvince && r.ProvinceCode == provinceCode)];

    /// <summary>"广东省深圳市" for a city, "北京市" for a province; null for an unknown code.</summary>
    public static string? FullName(string? code)
    {
        var region = Find(code);
        if (region is null || region.IsProvince)
            return region?.Name;
        return Find(region.ProvinceCode)!.Name + region.Name;
    }

    private static Region P(string code, string name) => new(code, name, code);

    // GB/T 2260: the first two digits of any code are its province's.
    private static Region C(string code, string name) => new(code, name, code[..2] + "0000");
}
