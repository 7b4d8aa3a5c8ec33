using Wq.Blazor.Workflows;

namespace Wq.Blazor.Hosting;

public static class FileEndpoints
{
    /// <summary>
    /// GET /files/{id}: the file as an attachment (never rendered inline by the browser), with
    /// nosniff, only for users in scope of its record; 404 for everyone else.
    /// </summary>
    public static void MapWqFiles(this WebApplication app)
    {
        app.MapGet("/files/{id:long}", async (long id, HttpContext http, AttachmentService attachments) =>
        {
            var actor = CurrentActor.FromPrincipal(http.User, http.Connection.RemoteIpAddress?.ToString());
            if (actor is null) return Results.NotFound();
            var file = await attachments.OpenAsync(actor, id);
            if (file is null) return Results.NotFound();
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).RequireAuthorization();
    }
}
