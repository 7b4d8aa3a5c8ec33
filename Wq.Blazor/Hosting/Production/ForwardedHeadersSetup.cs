using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Wq.Blazor.Hosting.Production;

/// <summary>
/// X-Forwarded-For/-Proto are honoured only from the addresses or networks in
/// <c>Wq:TrustedProxies</c> (e.g. ["10.0.0.5", "10.1.0.0/16"]). With none listed they are
/// ignored, so a client cannot fake its address (rate limits, audit) or the scheme (cookies).
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Key = "Wq:TrustedProxies";

    public static void AddWqForwardedHeaders(this IServiceCollection services, IConfiguration config)
    {
        var entries = config.GetSection(Key).Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only what the operator lists is trusted here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            // Several listed proxies may be chained; the walk stops at the first untrusted hop.
            o.ForwardLimit = null;
            foreach (var entry in entries.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()))
            {
                if (entry.Contains('/')) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                else if (IPAddress.TryParse(entry, out var ip)) o.KnownProxies.Add(ip);
                else throw new InvalidOperationException($"{Key}: '{entry}' is neither an IP address nor a CIDR network.");
            }
        });
    }
}
