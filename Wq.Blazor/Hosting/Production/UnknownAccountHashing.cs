using Microsoft.AspNetCore.Identity;
using Wq.Blazor.Data;

namespace Wq.Blazor.Hosting.Production;

/// <summary>
/// Verifies the submitted password against a dummy hash when the account does not exist, so a
/// sign-in for an unknown name costs the same PBKDF2 time as one for a real name.
/// </summary>
public sealed class UnknownAccountHashing(IPasswordHasher<ApplicationUser> hasher)
{
    private static readonly ApplicationUser Nobody = new() { UserName = "\u0000unknown" };
    private static string? _dummyHash;

    public void SpendHashingTime(string password)
    {
        // Made once per process (a race makes two, harmlessly); same hasher settings as real ones.
        var hash = _dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, hash, password ?? "");
    }
}
