namespace Wq.Blazor.Domain.CodeTables;

/// <summary>Statistics groups of 毕业去向 (SPEC §8).</summary>
public enum DestinationGroup
{
    /// <summary>协议和合同就业</summary>
    ContractEmployment = 1,

    /// <summary>灵活就业</summary>
    FlexibleEmployment = 2,

    /// <summary>自主创业</summary>
    Entrepreneurship = 3,

    /// <summary>升学</summary>
    FurtherStudy = 4,

    /// <summary>未就业</summary>
    NotEmployed = 5,
}

public static class DestinationGroupExtensions
{
    public static string Label(this DestinationGroup group) => group switch
    {
        DestinationGroup.ContractEmployment => "协议和合同就业",
        DestinationGroup.FlexibleEmployment => "灵活就业",
        DestinationGroup.Entrepreneurship => "自主创业",
        DestinationGroup.FurtherStudy => "升学",
        DestinationGroup.NotEmployed => "未就业",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    /// <summary>
    /// Whether the group counts as 已落实 in 毕业去向落实率: every group but 未就业.
    /// </summary>
    public static bool IsPlaced(this DestinationGroup group) => group switch
    {
        DestinationGroup.ContractEmployment or DestinationGroup.FlexibleEmployment
            or DestinationGroup.Entrepreneurship or DestinationGroup.FurtherStudy => true,
        DestinationGroup.NotEmployed => false,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };
}
