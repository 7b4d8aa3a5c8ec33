using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Infrastructure.Identity;

using Wq.Blazor.Workflows.Workspace;

namespace Wq.Blazor.Hosting;

/// <summary>GET /review/workspace/export: the filtered queue as .xlsx, for reviewers only, in their own scope.</summary>
public static class QueueExportEndpoint
{
    public static void MapWqWorkspace(this WebApplication app)
    {
        app.MapGet("/review/workspace/export", async (HttpContext http, QueueExport export, TimeProvider clock) =>
        {
            var actor = CurrentActor.FromPrincipal(http.User, http.Connection.RemoteIpAddress?.ToString());
            if (actor is null || ReviewerGate.LevelOf(actor) is null) return Results.NotFound();
            // Written to a temporary file first: the xlsx (zip) writer needs synchronous writes Kestrel refuses,
            // and a known length lets the browser show the download's progress.
            var path = Path.GetTempFileName();
            var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            try { await export.WriteAsync(actor, FilterFrom(http.Request.Query), file, http.RequestAborted); }
            catch { await file.DisposeAsync(); throw; }
            file.Position = 0;
            http.Response.Headers.CacheControl = "private, no-store";
            var name = $"待审核事项-{ChinaTime.ToChina(clock.GetUtcNow()):yyyyMMdd-HHmm}.xlsx";
            return Results.File(file, XlsxType, name);
        }).RequireAuthorization(Reviewers);

        app.MapGet("/review/statistics/export", async (HttpContext http, StatisticsService statistics, TimeProvider clock) =>
        {
            var actor = CurrentActor.FromPrincipal(http.User, http.Connection.RemoteIpAddress?.ToString());
            if (actor is null || await statistics.ForAsync(actor, http.RequestAborted) is not { } stats) return Results.NotFound();
            var buffer = new MemoryStream(); // a few hundred rows at most: departments, majors, levels
            await StatisticsExport.WriteAsync(stats, buffer, http.RequestAborted);
            buffer.Position = 0;
            return Results.File(buffer, XlsxType, $"就业统计-{ChinaTime.ToChina(clock.GetUtcNow()):yyyyMMdd-HHmm}.xlsx");
        }).RequireAuthorization(Reviewers);
    }

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly Microsoft.AspNetCore.Authorization.AuthorizeAttribute Reviewers = new() { Roles = Roles.AnyReviewer };

    /// <summary>Reads what <c>ExportLink.For</c> writes; anything unparsable is ignored (filter off), never an error.</summary>
    public static QueueFilter FilterFrom(IQueryCollection q) => new()
    {
        Kind = Str(q["kind"]),
        Gate = Enum.TryParse<ReviewLevel>(q["gate"], out var gate) ? gate : null,
        DepartmentId = int.TryParse(q["dept"], out var dept) ? dept : null,
        Major = Str(q["major"]),
        Level = Enum.TryParse<EducationLevel>(q["level"], out var level) ? level : null,
        SubmittedFrom = DateOnly.TryParse(q["from"], out var from) ? from : null,
        SubmittedTo = DateOnly.TryParse(q["to"], out var to) ? to : null,
        Keyword = Str(q["q"]),
    };

    private static string? Str(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
