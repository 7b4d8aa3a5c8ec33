using Wq.Blazor.Workflows;

namespace Wq.Blazor.Hosting;

public static class FileEndpoints
{
    /// <summary>
    /// GET /files/{id}: the file as an attachment, with nosniff, only for users in scope of its
    /// record; 404 for everyone else. <c>?inline=true</c> lets the review and detail pages preview
    /// proofs in place (SPEC §5): safe because only JPEG/PNG/PDF judged by their bytes are ever
    /// stored, nosniff stays on, and the content type is the one the bytes were judged as.
    /// </summary>
    public static void MapWqFiles(this WebApplication app)
    {
        app.MapGet("/files/{id:long}", async (long id, bool? inline, HttpContext http, AttachmentService attachments) =>
        {
            var actor = CurrentActor.FromPrincipal(http.User, http.Connection.RemoteIpAddress?.ToString());
            if (actor is null) return Results.NotFound();
            var file = await attachments.OpenAsync(actor, id);
            if (file is null) return Results.NotFound();
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "private, no-store";
            if (inline != true) return Results.File(file.Content, file.ContentType, file.FileName);
            http.Response.Headers.ContentDisposition =
                new System.Net.Mime.ContentDisposition { Inline = true, FileName = file.FileName }.ToString();
            return Results.File(file.Content, file.ContentType);
        }).RequireAuthorization();
    }
}
