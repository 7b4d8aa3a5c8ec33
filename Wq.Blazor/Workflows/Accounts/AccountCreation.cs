using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows.Accounts;

/// <summary>
/// Creates an Identity user inside a workflow transaction instead of through
/// <see cref="UserManager{TUser}.CreateAsync(TUser, string)"/>, which commits on its own: the
/// account, its role and what it is bound to are then saved together or not at all, and a
/// failed registration leaves no account behind and does not use up the user name.
/// </summary>
internal static class AccountCreation
{
    /// <summary>The same user and password checks as CreateAsync; a Chinese message or null.</summary>
    public static async Task<string?> ValidateAsync(UserManager<ApplicationUser> users, ApplicationUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.UserValidators) errors.AddRange((await validator.ValidateAsync(users, user)).Errors);
        foreach (var validator in users.PasswordValidators) errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        return errors.Count == 0 ? null : string.Join(";", errors.Select(e => e.Description).Distinct());
    }

    /// <summary>Fills in what the store would (hash, stamps, normalised names). Hash outside the write lock.</summary>
    public static void Prepare(UserManager<ApplicationUser> users, ApplicationUser user, string password)
    {
        user.NormalizedUserName = users.NormalizeName(user.UserName);
        user.NormalizedEmail = users.NormalizeEmail(user.Email);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.SecurityStamp = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        // CreateAsync turns lockout on for new users; without it five wrong passwords lock nothing.
        user.LockoutEnabled = users.SupportsUserLockout && users.Options.Lockout.AllowedForNewUsers;
    }

    /// <summary>Adds the prepared user and its role to <paramref name="db"/>; saved with the caller's transaction.</summary>
    public static async Task AddAsync(WqDbContext db, UserManager<ApplicationUser> users, ApplicationUser user, string role)
    {
        var normalizedRole = users.NormalizeName(role);
        var roleId = await db.Roles.Where(r => r.NormalizedName == normalizedRole).Select(r => r.Id).SingleAsync();
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
    }
}
