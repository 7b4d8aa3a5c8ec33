using Wq.Blazor.Infrastructure.Files;

namespace Wq.Blazor.Tests.Hosting;

public class FileDurabilityTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "wq-tests", "fsync-" + Guid.NewGuid().ToString("N"));
    private readonly RecordingSync _sync = new();

    [Fact]
    public async Task An_upload_is_fsynced_then_its_folder_and_the_root_before_save_returns()
    {
        var store = new FileStore(_root, _sync);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };

        var (file, error) = await store.SaveUploadAsync(new MemoryStream(png), "scan.png");

        Assert.Null(error);
        var final = Path.GetFullPath(Path.Combine(_root, file!.StoredName));
        // The bytes are synced under the temporary name, then the rename is made durable.
        Assert.Equal(["file", "dir:" + Path.GetDirectoryName(final), "dir:" + Path.GetFullPath(_root)], _sync.Calls);
        Assert.Equal(png, await File.ReadAllBytesAsync(final));
    }

    [Fact]
    public async Task A_generated_file_is_fsynced_with_its_folder()
    {
        var store = new FileStore(_root, _sync);

        var file = await store.SaveGeneratedAsync("%PDF-1.4"u8.ToArray(), "application/pdf", "协议书.pdf");

        var final = Path.GetFullPath(Path.Combine(_root, file.StoredName));
        Assert.Equal(["file:" + final, "dir:" + Path.GetDirectoryName(final), "dir:" + Path.GetFullPath(_root)],
            _sync.Calls.Select(c => c == "file" ? "file:" + final : c));
    }

    [Fact]
    public async Task A_later_file_in_a_month_folder_already_synced_into_the_root_syncs_only_its_folder()
    {
        var store = new FileStore(_root, _sync);
        await store.SaveGeneratedAsync("%PDF-1.4"u8.ToArray(), "application/pdf", "first.pdf");
        _sync.Calls.Clear();

        var file = await store.SaveGeneratedAsync("%PDF-1.4"u8.ToArray(), "application/pdf", "second.pdf");

        var final = Path.GetFullPath(Path.Combine(_root, file.StoredName));
        Assert.Equal(["file", "dir:" + Path.GetDirectoryName(final)], _sync.Calls);
    }

    [Fact]
    public void The_real_folder_sync_works_on_this_platform()
    {
        Directory.CreateDirectory(_root);
        Durable.SyncDirectory(_root);
        Assert.Throws<IOException>(() => Durable.SyncDirectory(Path.Combine(_root, "missing")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, true);
    }

    private sealed class RecordingSync : IFileSync
    {
        public List<string> Calls { get; } = [];

        public void File(FileStream written)
        {
            written.Flush(flushToDisk: true);
            Calls.Add("file");
        }

        public void Directory(string path) => Calls.Add("dir:" + Path.GetFullPath(path));
    }
}
