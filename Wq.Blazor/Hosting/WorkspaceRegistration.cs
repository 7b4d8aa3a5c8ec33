using Wq.Blazor.Workflows;
using Wq.Blazor.Workflows.Workspace;
using Wq.Blazor.Workflows.Workspace.Roster;

namespace Wq.Blazor.Hosting;

/// <summary>The reviewer workspace's services (grid reads, batches, export, statistics, roster import, audit list).</summary>
public static class WorkspaceRegistration
{
    public static IServiceCollection AddWqWorkspace(this IServiceCollection services)
    {
        services.AddSingleton<IQueueSource, OnlineSigningSource>();
        services.AddSingleton<IQueueSource, TerminationSource>();
        services.AddSingleton<IQueueSource, OfflineSigningSource>();
        services.AddSingleton<IQueueSource, PaperRegistrationSource>();
        services.AddSingleton<IQueueSource, DestinationRegistrationSource>();
        // The stored queue is a read model the runner refreshes inside every transition (ADR 0019).
        services.AddSingleton<QueueProjection>();
        services.AddSingleton<IGraduateReadModel>(sp => sp.GetRequiredService<QueueProjection>());
        services.AddSingleton<ReviewQueueQuery>();
        services.AddSingleton<BatchReviewService>();
        services.AddSingleton<ReviewHints>();
        services.AddSingleton<WorkspaceFacetsQuery>();
        services.AddSingleton<QueueExport>();
        services.AddSingleton<StatisticsService>();
        services.AddSingleton<AuditQuery>();
        services.AddSingleton<RosterImportService>();
        return services;
    }
}
