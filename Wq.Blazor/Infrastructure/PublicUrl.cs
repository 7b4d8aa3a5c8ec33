using Microsoft.Extensions.Options;

namespace Wq.Blazor.Infrastructure;

/// <summary>
/// The public origin printed in QR codes: <c>Wq:PublicBaseUrl</c> when configured, otherwise
/// the origin of the first request this instance served (good enough for a single host).
/// </summary>
public sealed class PublicUrl(IOptions<WqOptions> options)
{
    private string? _observed;

    public string Base => (string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? _observed ?? "http://localhost:5181" : options.Value.PublicBaseUrl).TrimEnd('/');

    public void Observe(HttpRequest request) => _observed ??= $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The 用人单位协助回传 page for one agreement; the token is the employer's only credential.</summary>
    public string EmployerUpload(long agreementId, string token) => $"{Base}/employer-upload/{agreementId}/{Uri.EscapeDataString(token)}";

    public string Verify(string number, string code) =>
        $"{Base}/verify?n={Uri.EscapeDataString(number)}&c={Uri.EscapeDataString(code)}";
}
