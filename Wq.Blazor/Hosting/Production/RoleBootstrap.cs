using Microsoft.AspNetCore.Identity;

namespace Wq.Blazor.Hosting.Production;

/// <summary>
/// The five roles exist on every start, with or without demo data: authorization and the first
/// <c>admin create</c> depend on them. Idempotent, so it runs after every migration.
/// </summary>
public static class RoleBootstrap
{
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new IdentityRole(role));
                if (!created.Succeeded && !await roles.RoleExistsAsync(role))
                    throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }
    }
}
