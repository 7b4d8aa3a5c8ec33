using System.Security.Cryptography;

namespace Wq.Blazor.Infrastructure.Audit;

/// <summary>
/// The HMAC key of the audit chain. It lives outside the database, so whoever can write the
/// database cannot rewrite history and recompute the chain. Taken from <c>Wq:AuditKey</c>
/// (base64, at least 32 bytes: an environment variable or a secret store in production); else
/// from <c>keys/audit.key</c> in the data folder, created once with owner-only permissions.
/// </summary>
public sealed class AuditKey
{
    public AuditKey(IConfiguration config, string dataDirectory)
    {
        var configured = config[$"{WqOptions.Section}:AuditKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            Bytes = Convert.FromBase64String(configured);
            if (Bytes.Length < 32) throw new InvalidOperationException("Wq:AuditKey must be at least 32 bytes (base64).");
            return;
        }
        var folder = Directory.CreateDirectory(Path.Combine(dataDirectory, "keys")).FullName;
        var path = Path.Combine(folder, "audit.key");
        if (!File.Exists(path))
        {
            var fresh = RandomNumberGenerator.GetBytes(32);
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                stream.Write(fresh);
                stream.Flush(flushToDisk: true);
            }
        }
        Bytes = File.ReadAllBytes(path);
    }

    public AuditKey(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }
}
