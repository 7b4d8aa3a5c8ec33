namespace Wq.Blazor.Tests.Workflows;

/// <summary>
/// Service tests share one booted app and database (booting costs seconds); each test takes its
/// own fresh records from <see cref="TestData"/>, so they do not depend on each other's order.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WorkflowsCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "workflows";
}
