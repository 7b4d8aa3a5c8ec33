namespace Wq.Blazor.Infrastructure.Files;

/// <summary>Makes written bytes and folder entries durable. A seam so tests can see the order of calls.</summary>
public interface IFileSync
{
    void File(FileStream written);

    void Directory(string path);
}

/// <summary>The real thing: fsync of the file, and of the folder through <see cref="Durable"/>.</summary>
public sealed class DurableFileSync : IFileSync
{
    public void File(FileStream written) => written.Flush(flushToDisk: true);

    public void Directory(string path) => Durable.SyncDirectory(path);
}
