using System.Runtime.InteropServices;

namespace Wq.Blazor.Infrastructure.Files;

/// <summary>
/// fsync for files and folders. A file's bytes reach the disk with <see cref="FileStream.Flush(bool)"/>;
/// its name in the folder (a create or a rename) only once the folder itself is synced, which
/// .NET has no API for, so it is done through libc on Linux and macOS.
/// </summary>
public static class Durable
{
    /// <summary>Flushes an existing file's contents to disk.</summary>
    public static void SyncFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Flushes a folder's entries (new and renamed files) to disk.</summary>
    public static void SyncDirectory(string path)
    {
        // Windows makes directory entries durable with the file; there is nothing to open.
        if (OperatingSystem.IsWindows()) return;
        var fd = Open(path, ORdOnly | (OperatingSystem.IsMacOS() ? ODirectoryMac : ODirectoryLinux));
        if (fd < 0) throw new IOException($"Could not open folder {path} to sync it (errno {Marshal.GetLastPInvokeError()}).");
        try
        {
            if (Fsync(fd) != 0) throw new IOException($"fsync of folder {path} failed (errno {Marshal.GetLastPInvokeError()}).");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    private const int ORdOnly = 0;
    private const int ODirectoryLinux = 0x10000;
    private const int ODirectoryMac = 0x100000;

    // DllImport rather than LibraryImport: the generated stubs would need unsafe code enabled.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
