using Microsoft.AspNetCore.Hosting;

namespace Wq.Blazor.Tests.E2E.Workspace;

/// <summary>A fresh server with 40 bulk graduates waiting at 院系审核 (Demo:BulkGraduates).</summary>
public sealed class WorkspaceServer : WqServerFactory
{
    public const int Bulk = 40;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:BulkGraduates", Bulk.ToString());
    }
}
