using System.Diagnostics;
using Wq.Blazor.Infrastructure.Files;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// A 10 MB stamped scan through the upload path every channel uses (FileStore.SaveUploadAsync:
/// bytes judged, hashed and streamed to disk in 80 KB chunks). Prints the time per upload, the
/// bytes allocated per upload and the growth of the process's peak working set, beside a naive
/// copy that buffers the whole file in memory first, measured in the same run.
/// </summary>
internal sealed class UploadBenchmark : IBenchmark
{
    private const int Size = 10 * 1024 * 1024 - 1024; // just under the 10 MB limit

    public string Name => "upload";
    public string Description => "a 10 MB scan streamed to disk (FileStore.SaveUploadAsync): time, allocations, peak memory";

    public void Run(BenchRunner runner, string[] args)
    {
        var root = Path.Combine(Path.GetTempPath(), "wq-bench-upload-" + Guid.NewGuid().ToString("N"));
        var store = new FileStore(root);
        var scan = FakePdf(Size);
        try
        {
            var peakBefore = Process.GetCurrentProcess().PeakWorkingSet64;
            var streamed = Allocations(() => Save(store, new NonSeekableStream(scan)));
            var peakAfterStreaming = Process.GetCurrentProcess().PeakWorkingSet64;
            var buffered = Allocations(() =>
            {
                // What a page would do if it read the whole upload before storing it.
                var whole = new MemoryStream();
                new NonSeekableStream(scan).CopyTo(whole);
                whole.Position = 0;
                Save(store, whole);
            });

            runner.WarmUp(TimeSpan.FromSeconds(2), () => Save(store, new NonSeekableStream(scan)));
            runner.Measure("10 MB scan, streamed to disk", () => Save(store, new NonSeekableStream(scan)));
            Console.WriteLine($"{"allocated per upload, streamed",-34} {streamed / 1024.0:0} KB");
            Console.WriteLine($"{"allocated per upload, buffered",-34} {buffered / 1024.0:0} KB  (ratio {buffered / (double)streamed:0.0}x)");
            Console.WriteLine($"{"peak working set growth, streamed",-34} {(peakAfterStreaming - peakBefore) / 1024.0 / 1024.0:0.0} MB");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Save(FileStore store, Stream content)
    {
        var (file, error) = store.SaveUploadAsync(content, "盖章协议书.pdf").GetAwaiter().GetResult();
        if (file is null) throw new InvalidOperationException(error);
        store.Delete(file.StoredName);
    }

    private static long Allocations(Action action)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        action();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    private static byte[] FakePdf(int size)
    {
        var bytes = new byte[size];
        new Random(42).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>Like a browser upload stream: read forward only, no length.</summary>
    private sealed class NonSeekableStream(byte[] data) : Stream
    {
        private int _position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
