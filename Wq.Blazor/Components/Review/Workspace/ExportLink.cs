using Microsoft.AspNetCore.WebUtilities;
using Wq.Blazor.Workflows.Workspace;

namespace Wq.Blazor.Components.Review.Workspace;

/// <summary>The export URL of a filter; <see cref="QueueExportEndpoint"/> reads the same names back.</summary>
public static class ExportLink
{
    public static string For(QueueFilter f)
    {
        var q = new Dictionary<string, string?>
        {
            ["kind"] = f.Kind, ["gate"] = f.Gate?.ToString(), ["dept"] = f.DepartmentId?.ToString(), ["major"] = f.Major,
            ["level"] = f.Level?.ToString(), ["from"] = f.SubmittedFrom?.ToString("yyyy-MM-dd"),
            ["to"] = f.SubmittedTo?.ToString("yyyy-MM-dd"), ["q"] = f.Keyword,
        };
        return QueryHelpers.AddQueryString("/review/workspace/export", q.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
