using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Infrastructure.Files;

namespace Wq.Blazor.Workflows.Destinations;

/// <summary>
/// Streams proof uploads to the file store before the transaction opens (a slow phone upload
/// must not hold the database's write lock), and attaches them inside it; if the transaction
/// does not commit, the files are deleted again.
/// </summary>
internal static class ProofFiles
{
    public static async Task<(List<StoredFile> Files, string? Error)> StoreAsync(FileStore store, IReadOnlyList<ProofUpload> uploads, CancellationToken ct)
    {
        var stored = new List<StoredFile>();
        foreach (var upload in uploads)
        {
            await using var stream = upload.Open();
            var (file, error) = await store.SaveUploadAsync(stream, upload.FileName, ct);
            if (file is null)
            {
                foreach (var f in stored) store.Delete(f.StoredName);
                return ([], error);
            }
            stored.Add(file);
        }
        return (stored, null);
    }

    public static void Attach(TransitionScope scope, FileStore store, RecordRef owner, IReadOnlyList<StoredFile> files)
    {
        foreach (var f in files)
            scope.Db.Attachments.Add(new Attachment
            {
                Kind = AttachmentKind.DestinationProof, OwnerRef = owner.ToString(), FileName = f.FileName, ContentType = f.ContentType,
                Size = f.Size, Sha256 = f.Sha256, StoredName = f.StoredName, UploadedByUserId = scope.Actor.UserId, UploadedAt = scope.Now,
            });
    }

    /// <summary>
    /// Removes the given proofs of <paramref name="owner"/> (ids of other records are ignored): the
    /// rows go with the transaction, the files only after it commits.
    /// </summary>
    public static async Task DetachAsync(TransitionScope scope, FileStore store, string owner, IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0) return;
        var removed = await scope.Db.Attachments
            .Where(a => ids.Contains(a.Id) && a.OwnerRef == owner && a.Kind == AttachmentKind.DestinationProof).ToListAsync();
        scope.Db.Attachments.RemoveRange(removed);
        scope.AfterCommit(() => { foreach (var a in removed) store.Delete(a.StoredName); });
    }

    public static void DeleteOnRollback(TransitionScope scope, FileStore store, IReadOnlyList<StoredFile> files) =>
        scope.OnRollback(() => { foreach (var f in files) store.Delete(f.StoredName); });
}
