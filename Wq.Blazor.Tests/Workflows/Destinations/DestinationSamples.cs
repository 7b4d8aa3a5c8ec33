using Wq.Blazor.Domain.Destinations;
using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Tests.Workflows.Destinations;

/// <summary>A complete, valid filling of each type's form, written by hand from issue 9's examples.</summary>
public static class DestinationSamples
{
    public const int Year = 2027;

    private const string First17 = "91110108MA01ABCDX";

    public static string ValidCreditCode { get; } = First17 + UnifiedSocialCreditCode.ComputeCheckChar(First17);

    public static string BadCheckDigit { get; } = ValidCreditCode[..17] + (ValidCreditCode[17] == '0' ? '1' : '0');

    public static Dictionary<string, string?> For(string code) => code switch
    {
        "11" => new() { ["organisation"] = "星河软件有限公司", ["creditCode"] = ValidCreditCode, ["region"] = "110000" },
        "12" => new() { ["organisation"] = "市第一人民医院", ["region"] = "310000", ["income"] = "4500" },
        "271" => new() { ["organisation"] = "华夏理工大学", ["region"] = "110000" },
        "46" => new() { ["region"] = "130000" },
        "502" or "503" or "509" or "512" or "519" => new() { ["organisation"] = "三支一扶计划", ["region"] = "620000", ["place"] = "定西市安定区农技站" },
        "75" => new() { ["startupMode"] = DestinationForms.Enterprise, ["organisation"] = "北京小满科技有限公司", ["creditCode"] = ValidCreditCode, ["region"] = "110000" },
        "76" => new() { ["reason"] = "独立插画师,为出版社和游戏公司供稿", ["region"] = "440000" },
        "801" or "802" or "803" => new() { ["organisation"] = "北京大学", ["major"] = "计算机科学与技术", ["admissionDate"] = $"{Year}-09-01" },
        "85" => new() { ["country"] = "新加坡", ["purpose"] = "留学深造", ["organisation"] = "新加坡国立大学" },
        "70" or "71" or "72" => new() { ["reason"] = "准备明年参加研究生考试" },
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "no sample"),
    };

    public static IEnumerable<object[]> SelectableCodes() => DestinationTypes.Selectable.Select(t => new object[] { t.Code });

    public static IEnumerable<object[]> ProofCodes() => DestinationTypes.Selectable.Where(t => t.ProofRequired).Select(t => new object[] { t.Code });
}
