using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Infrastructure.Files;

namespace Wq.Blazor.Workflows;

public sealed record AttachmentDownload(Stream Content, string ContentType, string FileName);

/// <summary>A file of a record, as listed next to it (scans, letters).</summary>
public sealed record AttachmentInfo(long Id, AttachmentKind Kind, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

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
        if (a is null || !RecordRef.TryParse(a.OwnerRef, out var owner) || !await InScopeAsync(db, actor, owner))
        {
            log.LogWarning("Attachment {Id} refused to {User} ({Role}) from {Ip}", attachmentId, actor.UserId, actor.Role, actor.Ip);
            return null;
        }
        return new AttachmentDownload(files.OpenRead(a.StoredName), a.ContentType, a.FileName);
    }

    /// <summary>The files of <paramref name="owner"/> of the given kinds, oldest first; nothing outside the actor's scope.</summary>
    public async Task<IReadOnlyList<AttachmentInfo>> ListAsync(ActorContext actor, RecordRef owner, params AttachmentKind[] kinds)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await InScopeAsync(db, actor, owner)) return [];
        var key = owner.ToString();
        var rows = await db.Attachments.AsNoTracking().Where(a => a.OwnerRef == key && kinds.Contains(a.Kind)).OrderBy(a => a.Id)
            .Select(a => new AttachmentInfo(a.Id, a.Kind, a.FileName, a.ContentType, a.Size, a.UploadedAt)).ToListAsync();
        return rows;
    }

    /// <summary>The owner's own scope rule decides, in the database.</summary>
    private static Task<bool> InScopeAsync(WqDbContext db, ActorContext actor, RecordRef owner) => owner.Kind switch
    {
        RecordKind.Employer => Task.FromResult(actor.IsAdmin || (actor.IsEmployer && actor.EmployerId == owner.Id)),
        RecordKind.Agreement => db.Agreements.Visible(actor).AnyAsync(x => x.Id == owner.Id),
        RecordKind.Termination => db.Terminations.Visible(actor).AnyAsync(x => x.Id == owner.Id),
        RecordKind.DestinationRegistration => db.DestinationRegistrations.Visible(actor).AnyAsync(x => x.Id == owner.Id),
        _ => Task.FromResult(false),
    };
}
