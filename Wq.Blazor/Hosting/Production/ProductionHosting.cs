using Microsoft.AspNetCore.Identity;

namespace Wq.Blazor.Hosting.Production;

/// <summary>
/// What a public deployment needs beyond the app itself: the one public address, shared Data
/// Protection keys, trusted proxies, secure cookies, security headers, health probes and sign-in
/// throttling. Hooked up from Program.cs in two lines so the composition root stays small.
/// </summary>
public static class ProductionHosting
{
    /// <param name="serving">False for an operator command (admin create, backup): no web server
    /// starts, so the public address is not needed and logs stay quiet.</param>
    public static void AddWqProduction(this WebApplicationBuilder builder, bool serving)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        if (serving) PublicBaseUrl.Require(builder);
        else // the operator reads the command's own output; configured levels would win over SetMinimumLevel
            builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning")]);
        services.AddWqDataProtection(config);
        services.AddWqForwardedHeaders(config);
        services.AddWqHealthChecks();
        services.AddWqSignInThrottling(config);
        services.AddScoped<UnknownAccountHashing>();
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(180));
        if (!builder.Environment.IsDevelopment())
        {
            // Outside Development the site is served over HTTPS (directly or behind a proxy), so
            // cookies never travel in clear even if a plain-HTTP request reaches the app.
            services.PostConfigure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
                IdentityConstants.ApplicationScheme, o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
            // Antiforgery keeps SameAsRequest: with Always it throws on plain HTTP, so one proxy
            // missing from Wq:TrustedProxies would turn every form into a 500.
        }
        // Logout changes the security stamp; a copied cookie is refused at the next check.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SessionSettings.StampCheckInterval);
    }

    /// <summary>The front of the pipeline: call before the app's own pipeline.</summary>
    public static void UseWqProduction(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseWqSecurityHeaders();
        app.UseWqSignInThrottling();
        app.MapWqHealth();
    }
}

/// <summary>How quickly a changed security stamp (logout, password change) ends other sessions.</summary>
public static class SessionSettings
{
    /// <summary>Per HTTP request with a cookie, at most this old.</summary>
    public static readonly TimeSpan StampCheckInterval = TimeSpan.FromMinutes(1);

    /// <summary>For an open interactive circuit (no HTTP requests while it lives).</summary>
    public static readonly TimeSpan CircuitRevalidationInterval = TimeSpan.FromMinutes(3);
}
