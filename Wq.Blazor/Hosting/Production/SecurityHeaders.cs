using System.Security.Cryptography;

namespace Wq.Blazor.Hosting.Production;

/// <summary>
/// Content-Security-Policy and Permissions-Policy on every response. Blazor Server needs only
/// its own scripts and a same-origin WebSocket; the one inline script is the import map, which
/// carries a per-request nonce (App.razor). Styles stay 'unsafe-inline': MudBlazor writes
/// style attributes and a theme &lt;style&gt; block at run time. See ADR 0010.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceItem = "wq.csp-nonce";

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), " +
        "magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()";

    /// <summary>The nonce for this request's inline import map.</summary>
    public static string Nonce(HttpContext context) =>
        context.Items[NonceItem] as string ?? throw new InvalidOperationException("SecurityHeaders middleware did not run.");

    public static string Policy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "frame-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'self'";

    public static IApplicationBuilder UseWqSecurityHeaders(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        // Hex, not base64: "+", "/" and "=" would be HTML-encoded in the attribute and stop matching.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        ctx.Items[NonceItem] = nonce;
        ctx.Response.Headers.ContentSecurityPolicy = Policy(nonce);
        ctx.Response.Headers["Permissions-Policy"] = PermissionsPolicy;
        await next();
    });
}
