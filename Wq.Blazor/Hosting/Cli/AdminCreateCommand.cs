using Microsoft.AspNetCore.Identity;
using Wq.Blazor.Data;
using Wq.Blazor.Data.Provider;
using Wq.Blazor.Hosting.Production;

namespace Wq.Blazor.Hosting.Cli;

/// <summary>
/// Creates a platform admin. The password comes from standard input (never the command line,
/// which other users of the host can read in the process list) and passes the same rules as
/// every other password.
/// </summary>
public static class AdminCreateCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string account, TextReader input, TextWriter output, TextWriter error)
    {
        // An empty data folder is a valid start: the schema and roles come first.
        await DatabaseSetup.MigrateAsync(services);
        await RoleBootstrap.EnsureRolesAsync(services);

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        account = account.Trim();
        if (await users.FindByNameAsync(account) is not null)
        {
            await error.WriteLineAsync($"Error: the account '{account}' already exists; nothing was changed.");
            return 1;
        }
        if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
            await output.WriteAsync("Password (input is visible; prefer piping it in): ");
        var password = (await input.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("Error: no password on standard input.");
            return 1;
        }

        var user = new ApplicationUser
        {
            UserName = account, DisplayName = Roles.Label(Roles.Admin), EmailConfirmed = true,
            CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync($"Error: {string.Join("; ", created.Errors.Select(e => e.Description).Distinct())}");
            return 1;
        }
        var role = await users.AddToRoleAsync(user, Roles.Admin);
        if (!role.Succeeded)
        {
            await users.DeleteAsync(user);
            await error.WriteLineAsync($"Error: {string.Join("; ", role.Errors.Select(e => e.Description))}");
            return 1;
        }
        await output.WriteLineAsync($"Created platform admin '{account}'.");
        return 0;
    }
}
