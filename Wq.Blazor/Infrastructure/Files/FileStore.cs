using System.Security.Cryptography;

namespace Wq.Blazor.Infrastructure.Files;

public sealed record StoredFile(string StoredName, string ContentType, long Size, string Sha256, string FileName);

/// <summary>
/// Keeps uploaded and generated files outside the web root under generated names. A file is
/// judged by its bytes, never by its name or the browser's content type. Every file is fsynced,
/// with its folder, before Save returns: callers commit the row that names it only afterwards, so
/// after a power cut no committed row points at a missing or truncated file. Not sealed, and its
/// writers virtual, so tests can inject faults.
/// </summary>
public class FileStore(string root, IFileSync? sync = null)
{
    private readonly IFileSync _sync = sync ?? new DurableFileSync();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _foldersDurableInRoot = new();

    public const long MaxUploadBytes = 10 * 1024 * 1024;

    public string Root { get; } = root;

    /// <summary>Validates and stores an upload. Returns a Chinese message instead when it is refused.</summary>
    public virtual async Task<(StoredFile? File, string? Error)> SaveUploadAsync(Stream content, string fileName, CancellationToken ct = default)
    {
        var temp = Path.Combine(EnsureDir("tmp"), Guid.NewGuid().ToString("N"));
        try
        {
            long size;
            byte[] head = new byte[8];
            int headLength;
            string sha;
            await using (var output = File.Create(temp))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                size = 0;
                headLength = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    if (headLength < head.Length)
                    {
                        var take = Math.Min(head.Length - headLength, read);
                        Array.Copy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += read;
                    if (size > MaxUploadBytes) return (null, $"文件「{fileName}」超过 10 MB,请压缩后重新上传");
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
                await output.FlushAsync(ct);
                _sync.File(output);
            }
            if (size == 0) return (null, $"文件「{fileName}」是空文件");
            var type = FileSignature.Detect(head.AsSpan(0, headLength));
            if (type is null) return (null, $"文件「{fileName}」不是有效的 JPG、PNG 或 PDF 文件");
            if (!FileSignature.ExtensionMatches(fileName, type))
                return (null, $"文件「{fileName}」的扩展名与内容不符,仅支持 JPG、PNG、PDF");
            var stored = NewName(type);
            var path = FullPath(stored);
            File.Move(temp, path);
            SyncFolders(path);
            return (new StoredFile(stored, type, size, sha, SafeName(fileName)), null);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Stores bytes the app generated itself (e.g. the agreement PDF).</summary>
    public virtual async Task<StoredFile> SaveGeneratedAsync(byte[] bytes, string contentType, string fileName, CancellationToken ct = default)
    {
        var stored = NewName(contentType);
        var path = FullPath(stored);
        await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await output.WriteAsync(bytes, ct);
            await output.FlushAsync(ct);
            _sync.File(output);
        }
        SyncFolders(path);
        return new StoredFile(stored, contentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), fileName);
    }

    public Stream OpenRead(string storedName) => File.OpenRead(FullPath(storedName));

    public void Delete(string storedName)
    {
        var path = FullPath(storedName);
        if (File.Exists(path)) File.Delete(path);
    }

    /// <summary>
    /// The file's folder holds its name; the root holds the month folder, which may be new. Once the
    /// root has been synced with a month folder in it, that entry is on disk and later files in the
    /// folder need only their folder synced: one fsync fewer per file (ADR 0020).
    /// </summary>
    private void SyncFolders(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        _sync.Directory(folder);
        if (_foldersDurableInRoot.ContainsKey(folder)) return;
        _sync.Directory(Root);
        _foldersDurableInRoot.TryAdd(folder, true);
    }

    private string NewName(string contentType) =>
        $"{DateTime.UtcNow:yyyyMM}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}{FileSignature.ExtensionFor(contentType)}";

    private string FullPath(string storedName)
    {
        // Stored names are generated here; refuse anything that could walk out of the root.
        if (storedName.Contains("..") || Path.IsPathRooted(storedName)) throw new ArgumentException("Invalid stored name.");
        var path = Path.Combine(Root, storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private string EnsureDir(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        foreach (var c in Path.GetInvalidFileNameChars()) name = name.Replace(c, '_');
        return name.Length > 200 ? name[^200..] : name;
    }
}
