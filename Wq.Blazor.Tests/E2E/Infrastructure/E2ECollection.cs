namespace Wq.Blazor.Tests.E2E;

/// <summary>
/// Every browser test joins this collection: one app server and one Chromium shared by all,
/// tests run one at a time (the machine has 2 cores; parallel browsers only add flakiness).
/// <code>
/// [Collection(E2ECollection.Name)]
/// public class MyTests(WqServerFactory server, BrowserFixture browser) { ... }
/// </code>
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class E2ECollection : ICollectionFixture<WqServerFactory>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "e2e";
}
