using Microsoft.Extensions.Options;
using Wq.Blazor.Hosting.Production;

namespace Wq.Blazor.Infrastructure;

/// <summary>
/// The public origin printed in QR codes, verify links and mail: <c>Wq:PublicBaseUrl</c> only,
/// never a request's Host header (start-up refuses to run without it outside Development).
/// </summary>
public sealed class PublicUrl(IOptions<WqOptions> options)
{
    public string Base { get; } = (string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
        ? Hosting.Production.PublicBaseUrl.DevelopmentDefault
        : options.Value.PublicBaseUrl.Trim()).TrimEnd('/');

    /// <summary>The 用人单位协助回传 page for one agreement; the token is the employer's only credential.</summary>
    public string EmployerUpload(long agreementId, string token) => $"{Base}/employer-upload/{agreementId}/{Uri.EscapeDataString(token)}";

    public string Verify(string number, string code) =>
        $"{Base}/verify?n={Uri.EscapeDataString(number)}&c={Uri.EscapeDataString(code)}";
}
