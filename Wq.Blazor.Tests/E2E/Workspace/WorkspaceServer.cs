using Microsoft.AspNetCore.Hosting;

namespace Wq.Blazor.Tests.E2E.Workspace;

/// <summary>A fresh server with 40 bulk graduates waiting at 院系审核 (Demo:BulkGraduates).</summary>
public sealed class WorkspaceServer() : BulkServer(40);

/// <summary>A fresh server with three bulk graduates, for the detail panel.</summary>
public sealed class DetailServer() : BulkServer(3);

public abstract class BulkServer(int bulk) : WqServerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:BulkGraduates", bulk.ToString());
    }
}
