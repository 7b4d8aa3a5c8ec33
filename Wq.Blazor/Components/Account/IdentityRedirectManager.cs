using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Wq.Blazor.Data;

namespace Wq.Blazor.Components.Account;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    public void RedirectTo(string? uri) => navigationManager.NavigateTo(LocalOnly(uri, navigationManager.BaseUri));

    /// <summary>
    /// Keeps a redirect inside the app: a relative path, or an absolute one under the app's base.
    /// Anything else (another host, "//host", "/\host", garbage from a crafted ReturnUrl) goes to
    /// the home page; the template's ToBaseRelativePath threw on it and answered 500.
    /// </summary>
    internal static string LocalOnly(string? uri, string baseUri)
    {
        uri ??= "";
        if (uri.StartsWith("//", StringComparison.Ordinal) || uri.StartsWith("/\\", StringComparison.Ordinal) || uri.Contains('\\'))
            return "";
        if (Uri.IsWellFormedUriString(uri, UriKind.Relative)) return uri;
        return uri.StartsWith(baseUri, StringComparison.OrdinalIgnoreCase) ? uri[baseUri.Length..] : "";
    }

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var uriWithoutQuery = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        var newUri = navigationManager.GetUriWithQueryParameters(uriWithoutQuery, queryParameters);
        RedirectTo(newUri);
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    private string CurrentPath => navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path);

    public void RedirectToCurrentPage() => RedirectTo(CurrentPath);

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context)
        => RedirectToWithStatus(CurrentPath, message, context);
}
