using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Wq.Blazor.Data;

namespace Wq.Blazor.Infrastructure.Identity;

/// <summary>Puts the user's scope ids into the cookie so services authorise without a query.</summary>
public sealed class WqClaimsPrincipalFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    public const string DisplayName = "wq:name";
    public const string GraduateId = "wq:graduate";
    public const string EmployerId = "wq:employer";
    public const string SchoolId = "wq:school";
    public const string DepartmentId = "wq:department";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        Add(identity, GraduateId, user.GraduateId);
        Add(identity, EmployerId, user.EmployerId);
        Add(identity, SchoolId, user.SchoolId);
        Add(identity, DepartmentId, user.DepartmentId);
        return identity;
    }

    private static void Add(ClaimsIdentity identity, string type, int? value)
    {
        if (value is not null) identity.AddClaim(new Claim(type, value.Value.ToString()));
    }
}
