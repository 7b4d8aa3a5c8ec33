namespace Wq.Blazor.Hosting.Production;

/// <summary>
/// <c>Wq:PublicBaseUrl</c> is the one origin printed in QR codes, verify links and mail. Outside
/// Development it is required: deriving it from a request would let the first client's Host
/// header decide what every signed PDF points to.
/// </summary>
public static class PublicBaseUrl
{
    public const string Key = "Wq:PublicBaseUrl";

    /// <summary>Fallback for Development only: the address of the launch profile.</summary>
    public const string DevelopmentDefault = "http://localhost:5181";

    /// <summary>The configured origin, or a message saying why it is unusable.</summary>
    public static (Uri? Url, string? Error) Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return (null, $"{Key} is required outside Development: set it to the address users open, e.g. https://wq.example.edu.cn");
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            return (null, $"{Key} must be an absolute http(s) URL without query or fragment, e.g. https://wq.example.edu.cn; got '{value}'");
        return (uri, null);
    }

    /// <summary>
    /// Refuses to start without a usable address outside Development, and in Production limits
    /// AllowedHosts to its host unless the operator listed hosts explicitly.
    /// </summary>
    public static void Require(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[Key];
        if (builder.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(configured)) return;
        var (url, error) = Parse(configured);
        if (url is null) throw new InvalidOperationException(error);
        var allowed = builder.Configuration["AllowedHosts"];
        if (builder.Environment.IsProduction() && (string.IsNullOrWhiteSpace(allowed) || allowed.Trim() == "*"))
            builder.Configuration["AllowedHosts"] = url.IdnHost;
    }
}
