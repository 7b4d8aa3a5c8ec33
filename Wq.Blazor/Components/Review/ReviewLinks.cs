using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Components.Review;

public static class ReviewLinks
{
    public static string Detail(string kind, long id) => kind switch
    {
        ReviewKinds.OnlineSigning or ReviewKinds.OfflineSigning or ReviewKinds.PaperRegistration => $"/review/agreements/{id}",
        ReviewKinds.Termination => $"/review/terminations/{id}",
        ReviewKinds.DestinationRegistration => $"/review/destinations/{id}",
        _ => "/review",
    };
}
