using static Wq.Blazor.Domain.CodeTables.DestinationGroup;

namespace Wq.Blazor.Domain.CodeTables;

/// <summary>A 毕业去向 type (SPEC §8).</summary>
/// <param name="ParentCode">For sub-types such as 502 三支一扶, the category (50); else null.</param>
/// <param name="ProofRequired">Whether a registration must carry proof files.</param>
/// <param name="ProofHint">What to upload, shown to the graduate; null when nothing is needed.</param>
/// <param name="SelectableForRegistration">
/// Offered in 其他毕业去向登记 (§4.6). False for 10, which only a signed agreement produces, and for
/// the categories 50, 51 and 80, where the graduate picks a sub-type.
/// </param>
public sealed record DestinationType(
    string Code,
    string Name,
    DestinationGroup Group,
    string? ParentCode,
    bool ProofRequired,
    string? ProofHint,
    bool SelectableForRegistration) : ICodeItem;

/// <summary>毕业去向 codes (SPEC §8).</summary>
public static class DestinationTypes
{
    /// <summary>What a signed agreement (§4.1, §4.3, §4.5) counts as.</summary>
    public const string SignedAgreement = "10";

    private const string Admission = "录取通知书";

    public static readonly CodeList<DestinationType> All = new(
    [
        Fixed(SignedAgreement, "签就业协议形式就业", ContractEmployment),
        Leaf("11", "签劳动合同形式就业", ContractEmployment, "与用人单位签订的劳动合同"),
        Leaf("12", "其他录用形式就业", FlexibleEmployment, "单位聘用证明或收入证明(月收入不低于当地最低工资标准)"),
        Leaf("271", "科研助理、管理助理", ContractEmployment, "科研助理或管理助理聘用合同(协议)"),
        Leaf("46", "应征义务兵", ContractEmployment, "预定兵通知书或入伍通知书"),
        Category("50", "国家基层项目", ContractEmployment, "项目录取通知或服务协议"),
        Leaf("502", "三支一扶", ContractEmployment, "三支一扶项目录取通知或服务协议", "50"),
        Leaf("503", "西部计划", ContractEmployment, "西部计划项目录取通知或服务协议", "50"),
        Leaf("509", "其他国家基层项目", ContractEmployment, "项目录取通知或服务协议", "50"),
        Category("51", "地方基层项目", ContractEmployment, "录用通知或项目录取通知"),
        Leaf("512", "地方选调生", ContractEmployment, "选调生录用通知或公示材料", "51"),
        Leaf("519", "其他地方基层项目", ContractEmployment, "项目录取通知或服务协议", "51"),
        Leaf("75", "自主创业", Entrepreneurship, "营业执照;电商创业请上传网店网址、网店截图及经营收入证明"),
        Leaf("76", "自由职业", FlexibleEmployment, "本人签字的自由职业情况说明"),
        Category("80", "境内升学", FurtherStudy, Admission),
        Leaf("801", "研究生", FurtherStudy, Admission, "80"),
        Leaf("802", "第二学士学位", FurtherStudy, Admission, "80"),
        Leaf("803", "专升本", FurtherStudy, Admission, "80"),
        Leaf("85", "出国、出境", FurtherStudy, "境外院校录取通知书或境外工作证明"),
        NoProof("70", "待就业"),
        NoProof("71", "不就业拟升学"),
        NoProof("72", "其他暂不就业"),
    ]);

    /// <summary>The types a graduate may pick in 其他毕业去向登记, in table order.</summary>
    public static readonly IReadOnlyList<DestinationType> Selectable =
        [.. All.Where(t => t.SelectableForRegistration)];

    public static DestinationType? Find(string? code) => All.Find(code);

    public static IReadOnlyList<DestinationType> ChildrenOf(string code) =>
        [.. All.Where(t => t.ParentCode == code)];

    /// <summary>Whether a destination of this code counts as placed (毕业去向落实率); false for unknown codes.</summary>
    public static bool IsPlaced(string? code) => Find(code)?.Group.IsPlaced() ?? false;

    public static bool IsPlaced(DestinationGroup group) => group.IsPlaced();

    private static DestinationType Leaf(string code, string name, DestinationGroup group, string proof, string? parent = null) =>
        new(code, name, group, parent, ProofRequired: true, proof, SelectableForRegistration: true);

    private static DestinationType NoProof(string code, string name) =>
        new(code, name, NotEmployed, null, ProofRequired: false, null, SelectableForRegistration: true);

    // A category is never picked itself; its hint summarises what its sub-types ask for.
    private static DestinationType Category(string code, string name, DestinationGroup group, string proof) =>
        new(code, name, group, null, ProofRequired: true, proof, SelectableForRegistration: false);

    // The signed agreement is its own evidence; no registration is ever made with this code.
    private static DestinationType Fixed(string code, string name, DestinationGroup group) =>
        new(code, name, group, null, ProofRequired: false, null, SelectableForRegistration: false);
}
