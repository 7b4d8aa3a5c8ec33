namespace Wq.Blazor.Workflows.Review;

/// <summary>Kinds of submission that wait at a review gate. Each has one <see cref="IReviewHandler"/>.</summary>
public static class ReviewKinds
{
    public const string OnlineSigning = "online-signing";
    public const string Termination = "termination";
    public const string OfflineSigning = "offline-signing";
    public const string PaperRegistration = "paper-registration";
    public const string DestinationRegistration = "destination-registration";

    public static string Label(string kind) => kind switch
    {
        OnlineSigning => "线上签约",
        Termination => "解约申请",
        OfflineSigning => "线下签约",
        PaperRegistration => "已签协议登记",
        DestinationRegistration => "毕业去向登记",
        _ => kind,
    };
}

/// <summary>The reviewer's answer to one item.</summary>
public sealed record ReviewCommand(string Kind, long Id, ReviewDecision Decision, string? Opinion, int? ExpectedVersion);
