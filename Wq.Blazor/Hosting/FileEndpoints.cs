using Wq.Blazor.Workflows;
using Wq.Blazor.Workflows.Offline;

namespace Wq.Blazor.Hosting;

public static class FileEndpoints
{
    /// <summary>
    /// GET /files/{id}: the file as an attachment (never rendered inline by the browser), with
    /// nosniff, only for users in scope of its record; 404 for everyone else.
    /// GET /files/{id}/inline: the same file for the reviewers' inline preview (img / embedded
    /// PDF). Stored files are only JPEG, PNG or PDF judged by their bytes, so with nosniff and a
    /// sandboxing CSP nothing in them can run as a page of this site.
    /// GET /employer-upload/{agreementId}/{token}/pdf: the printable agreement behind a live
    /// 用人单位协助回传 link, for the employer who has no account.
    /// </summary>
    public static void MapWqFiles(this WebApplication app)
    {
        app.MapGet("/files/{id:long}", (long id, HttpContext http, AttachmentService attachments) =>
            ServeAsync(id, http, attachments, inline: false)).RequireAuthorization();
        app.MapGet("/files/{id:long}/inline", (long id, HttpContext http, AttachmentService attachments) =>
            ServeAsync(id, http, attachments, inline: true)).RequireAuthorization();
        app.MapGet("/employer-upload/{agreementId:long}/{token}/pdf", async (long agreementId, string token, HttpContext http,
            EmployerLinkService links) =>
        {
            var file = await links.OpenPdfAsync(agreementId, token);
            if (file is null) return Results.NotFound();
            NoSniff(http);
            return Results.File(file.Content, file.ContentType, file.FileName);
        });
    }

    private static async Task<IResult> ServeAsync(long id, HttpContext http, AttachmentService attachments, bool inline)
    {
        var actor = CurrentActor.FromPrincipal(http.User, http.Connection.RemoteIpAddress?.ToString());
        if (actor is null) return Results.NotFound();
        var file = await attachments.OpenAsync(actor, id);
        if (file is null) return Results.NotFound();
        NoSniff(http);
        if (!inline) return Results.File(file.Content, file.ContentType, file.FileName);
        // Chromium's PDF viewer does not run inside a CSP sandbox; images may have it.
        if (file.ContentType != Infrastructure.Files.FileSignature.Pdf) http.Response.Headers.ContentSecurityPolicy = "sandbox";
        return Results.File(file.Content, file.ContentType);
    }

    private static void NoSniff(HttpContext http)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-store";
    }
}
