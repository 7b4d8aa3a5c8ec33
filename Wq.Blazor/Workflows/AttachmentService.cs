using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Model;
using Wq.Blazor.Infrastructure.Files;

namespace Wq.Blazor.Workflows;

public sealed record AttachmentDownload(Stream Content, string ContentType, string FileName);

/// <summary>
/// Serves a stored file only to users in scope of the record that owns it; everyone else gets
/// "not found" (null), whichever id they try.
/// </summary>
public sealed class AttachmentService(IDbContextFactory<WqDbContext> dbFactory, FileStore files, ILogger<AttachmentService> log)
{
    public async Task<AttachmentDownload?> OpenAsync(ActorContext actor, long attachmentId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var a = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId);
        if (a is null || !await InScopeAsync(db, actor, a))
        {
            log.LogWarning("Attachment {Id} refused to {User} ({Role}) from {Ip}", attachmentId, actor.UserId, actor.Role, actor.Ip);
            return null;
        }
        return new AttachmentDownload(files.OpenRead(a.StoredName), a.ContentType, a.FileName);
    }

    private static async Task<bool> InScopeAsync(WqDbContext db, ActorContext actor, Attachment a)
    {
        var (type, idText) = Split(a.OwnerRef);
        if (!long.TryParse(idText, out var id)) return false;
        switch (type)
        {
            case "Employer":
                return actor.IsAdmin || (actor.IsEmployer && actor.EmployerId == id);
            case "Agreement":
                var ag = await db.Agreements.AsNoTracking().Where(x => x.Id == id)
                    .Select(x => new { x.GraduateId, x.EmployerId, x.SchoolId, x.DepartmentId }).FirstOrDefaultAsync();
                return ag is not null && Scope.CanSee(actor, ag.GraduateId, ag.EmployerId, ag.SchoolId, ag.DepartmentId);
            case "Termination":
                var t = await db.Terminations.AsNoTracking().Where(x => x.Id == id)
                    .Select(x => new { x.GraduateId, x.EmployerId, x.SchoolId, x.DepartmentId }).FirstOrDefaultAsync();
                return t is not null && Scope.CanSee(actor, t.GraduateId, t.EmployerId, t.SchoolId, t.DepartmentId);
            case "DestinationRegistration":
                var r = await db.DestinationRegistrations.AsNoTracking().Where(x => x.Id == id)
                    .Select(x => new { x.GraduateId, x.SchoolId, x.DepartmentId }).FirstOrDefaultAsync();
                return r is not null && Scope.CanSee(actor, r.GraduateId, null, r.SchoolId, r.DepartmentId);
            default:
                return false;
        }
    }

    private static (string Type, string Id) Split(string ownerRef)
    {
        var i = ownerRef.IndexOf(':');
        return i < 0 ? (ownerRef, "") : (ownerRef[..i], ownerRef[(i + 1)..]);
    }
}
