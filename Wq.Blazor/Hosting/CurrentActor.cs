using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Wq.Blazor.Workflows;

using Wq.Blazor.Infrastructure;
using Wq.Blazor.Infrastructure.Identity;

namespace Wq.Blazor.Hosting;

/// <summary>Builds the <see cref="ActorContext"/> for the signed-in user of this circuit or request.</summary>
public sealed class CurrentActor(AuthenticationStateProvider auth, IHttpContextAccessor http)
{
    // The client IP is only known while the HTTP request (or the circuit's connection) is at hand;
    // remember the first one seen so later events in the circuit still carry it.
    private string? _ip;

    public async Task<ActorContext?> GetAsync()
    {
        var state = await auth.GetAuthenticationStateAsync();
        _ip ??= http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        return FromPrincipal(state.User, _ip);
    }

    public static ActorContext? FromPrincipal(ClaimsPrincipal user, string? ip)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        var role = Roles.All.FirstOrDefault(user.IsInRole);
        if (role is null) return null;
        return new ActorContext(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            user.FindFirstValue(WqClaimsPrincipalFactory.DisplayName) ?? user.Identity.Name ?? "",
            role,
            Int(user, WqClaimsPrincipalFactory.GraduateId),
            Int(user, WqClaimsPrincipalFactory.EmployerId),
            Int(user, WqClaimsPrincipalFactory.SchoolId),
            Int(user, WqClaimsPrincipalFactory.DepartmentId),
            ip);
    }

    private static int? Int(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), out var v) ? v : null;
}
