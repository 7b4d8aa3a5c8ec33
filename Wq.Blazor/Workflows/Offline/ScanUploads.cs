using Wq.Blazor.Infrastructure.Files;

namespace Wq.Blazor.Workflows.Offline;

/// <summary>One file as the browser or the HTTP request offers it; opened only when it is stored.</summary>
public sealed record IncomingFile(string Name, long Size, Func<Stream> Open);

/// <summary>
/// Scans that come with a submission (stamped agreement, paper agreement pages, 解约函): at most
/// ten, each judged by its bytes and at most 10 MB. They are streamed to disk before the write
/// transaction opens, so a slow upload never holds the database lock; the transaction then
/// records them and deletes them again if it does not commit.
/// </summary>
public static class ScanUploads
{
    public const int MaxFiles = 10;

    /// <summary>Stores every file, or none: on the first problem the ones already stored are deleted.</summary>
    public static async Task<(IReadOnlyList<StoredFile> Files, string? Error)> StoreAsync(
        FileStore store, IReadOnlyList<IncomingFile> files, string what, CancellationToken ct = default)
    {
        if (files.Count == 0) return ([], $"请上传{what}");
        if (files.Count > MaxFiles) return ([], $"最多上传 {MaxFiles} 个文件,你选择了 {files.Count} 个");
        if (files.FirstOrDefault(f => f.Size > FileStore.MaxUploadBytes) is { } big)
            return ([], $"文件「{big.Name}」超过 10 MB,请压缩后重新上传");
        var stored = new List<StoredFile>();
        foreach (var f in files)
        {
            await using var stream = f.Open();
            var (file, error) = await store.SaveUploadAsync(stream, f.Name, ct);
            if (file is null)
            {
                Discard(store, stored);
                return ([], error);
            }
            stored.Add(file);
        }
        return (stored, null);
    }

    public static void Discard(FileStore store, IEnumerable<StoredFile> files)
    {
        foreach (var f in files) store.Delete(f.StoredName);
    }

    /// <summary>Records the stored files as attachments of <paramref name="owner"/>; they are deleted if the change rolls back.</summary>
    public static List<Attachment> Attach(TransitionScope scope, FileStore store, RecordRef owner, AttachmentKind kind,
        IReadOnlyList<StoredFile> files, string uploadedBy)
    {
        scope.OnRollback(() => Discard(store, files));
        var rows = files.Select(f => new Attachment
        {
            Kind = kind, OwnerRef = owner.ToString(), FileName = f.FileName, ContentType = f.ContentType, Size = f.Size,
            Sha256 = f.Sha256, StoredName = f.StoredName, UploadedByUserId = uploadedBy, UploadedAt = scope.Now,
        }).ToList();
        scope.Db.Attachments.AddRange(rows);
        return rows;
    }
}
