using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Wq.Blazor.Data;

namespace Wq.Blazor.Hosting.Production;

/// <summary>
/// Keys that sign the auth cookie and antiforgery tokens live in the database, so sign-ins
/// survive restarts and every instance shares them. The application name is fixed: the default
/// is the content-root path, which differs between instances and releases. See ADR 0009.
/// </summary>
public static class DataProtectionSetup
{
    public const string ApplicationName = "Wq";

    public static void AddWqDataProtection(this IServiceCollection services, IConfiguration config)
    {
        var dp = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<WqDbContext>();
        // Optional at-rest protection: Linux has no DPAPI, so keys are encrypted only when the
        // operator supplies a certificate; otherwise the database file's permissions protect them.
        var certPath = config["Wq:DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(certPath))
            dp.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(
                certPath, config["Wq:DataProtection:CertificatePassword"]));
    }
}
