using F = Wq.Blazor.Domain.Destinations.FieldKind;

namespace Wq.Blazor.Domain.Destinations;

/// <summary>
/// Every destination type's fields, declared once (issue 9, SPEC §8). The one registration form,
/// the validator and the detail pages all read this table; proofs come from DestinationTypes.
/// </summary>
public static class DestinationForms
{
    // Well-known keys are also kept as columns (name for lists, date for review, region, reason).
    public const string Organisation = "organisation";
    public const string Region = "region";
    public const string Admission = "admissionDate";
    public const string Reason = "reason";
    public const string StartupMode = "startupMode";
    public const string Enterprise = "企业创业";
    public const string ECommerce = "电商创业";

    /// <summary>
    /// 12 其他录用形式 and 电商创业 need an income of at least the local minimum wage. The floor is
    /// the lowest provincial tier; the reviewer checks the local figure.
    /// </summary>
    public const decimal IncomeFloor = 1700m;

    private static readonly DestinationField Unit = new(Organisation, "单位名称", F.Text);
    private static readonly DestinationField UnitRegion = new(Region, "单位所在地", F.Region);
    private static readonly DestinationField CreditCode = new("creditCode", "统一社会信用代码", F.CreditCode, MaxLength: 18);
    private static readonly DestinationField Position = new("position", "岗位名称", F.Text, Required: false);

    private static readonly DestinationField[] Study =
    [
        new(Organisation, "录取院校", F.Text), new("major", "录取专业", F.Text), new(Admission, "入学日期", F.AdmissionDate),
    ];

    private static readonly DestinationField[] Project =
    [
        new(Organisation, "项目名称", F.Text), new(Region, "服务地所在地区", F.Region), new("place", "服务单位或地点", F.Text),
    ];

    private static readonly DestinationField[] NoWork = [new(Reason, "原因说明", F.LongText, MaxLength: 500)];

    private static readonly Dictionary<string, DestinationField[]> FieldsByCode = new()
    {
        ["11"] = [Unit, CreditCode, UnitRegion, Position],
        ["12"] = [new(Organisation, "录用单位", F.Text), UnitRegion, new("income", "月收入(元)", F.MonthlyIncome, MaxLength: 10), Position],
        ["271"] = [new(Organisation, "聘用单位(课题组所在单位)", F.Text), UnitRegion, new("team", "课题组或项目名称", F.Text, Required: false)],
        ["46"] = [new(Region, "应征入伍地", F.Region), new("office", "征兵办或接兵部队", F.Text, Required: false)],
        ["502"] = Project, ["503"] = Project, ["509"] = Project, ["512"] = Project, ["519"] = Project,
        ["75"] =
        [
            new(StartupMode, "创业形式", F.Choice, Options: [Enterprise, ECommerce]),
            new(Organisation, "企业名称", F.Text, ShownWhen: (StartupMode, Enterprise)),
            new("creditCode", "统一社会信用代码", F.CreditCode, MaxLength: 18, ShownWhen: (StartupMode, Enterprise)),
            new(Organisation, "网店名称", F.Text, ShownWhen: (StartupMode, ECommerce)),
            new("shopUrl", "网店网址", F.Url, MaxLength: 300, ShownWhen: (StartupMode, ECommerce)),
            new("income", "月经营收入(元)", F.MonthlyIncome, MaxLength: 10, ShownWhen: (StartupMode, ECommerce)),
            UnitRegion with { Label = "创业所在地" },
        ],
        ["76"] = [new(Reason, "从业内容", F.LongText, MaxLength: 500), new(Region, "从业所在地", F.Region)],
        ["801"] = Study, ["802"] = Study, ["803"] = Study,
        ["85"] =
        [
            new("country", "国家(地区)", F.Text), new("purpose", "出国(境)类别", F.Choice, Options: ["留学深造", "境外工作"]),
            new(Organisation, "院校或单位", F.Text),
        ],
        ["70"] = NoWork, ["71"] = NoWork, ["72"] = NoWork,
    };

    /// <summary>The form of a selectable type, or null for unknown codes and categories (50, 51, 80).</summary>
    public static DestinationForm? For(string? code)
    {
        var type = DestinationTypes.Find(code);
        if (type is not { SelectableForRegistration: true } || !FieldsByCode.TryGetValue(type.Code, out var fields)) return null;
        return new DestinationForm(type.Code, fields, type.ProofRequired, type.ProofHint);
    }

    /// <summary>The types grouped as the code table groups them (categories 50, 51, 80 as headings).</summary>
    public static IEnumerable<(string Heading, IReadOnlyList<DestinationType> Types)> Grouped() =>
        DestinationTypes.Selectable
            .GroupBy(t => t.ParentCode is { } p ? $"{p} {DestinationTypes.Find(p)!.Name}" : t.Group.Label())
            .Select(g => (g.Key, (IReadOnlyList<DestinationType>)[.. g]));
}
