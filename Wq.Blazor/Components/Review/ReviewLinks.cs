using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Components.Review;

/// <summary>A queue item's review page: the kind names the record, <see cref="RecordLinks"/> knows the route.</summary>
public static class ReviewLinks
{
    public static string Detail(string kind, long id) =>
        RecordKindOf(kind) is { } record ? RecordLinks.Route(new RecordRef(record, id), Roles.SchoolReviewer) ?? "/review" : "/review";

    private static RecordKind? RecordKindOf(string kind) => kind switch
    {
        ReviewKinds.OnlineSigning or ReviewKinds.OfflineSigning or ReviewKinds.PaperRegistration => RecordKind.Agreement,
        ReviewKinds.Termination => RecordKind.Termination,
        ReviewKinds.DestinationRegistration => RecordKind.DestinationRegistration,
        _ => null,
    };
}
