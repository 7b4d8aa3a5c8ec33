using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Data;
using Wq.Blazor.Hosting.Cli;
using Wq.Blazor.Tests.Web;

namespace Wq.Blazor.Tests.Hosting;

[Collection(ProductionCollection.Name)]
public class BootstrapTests(ProductionAppFixture app)
{
    [Fact]
    public async Task Every_role_exists_at_start_up_without_demo_data()
    {
        await using var db = app.NewDb();
        Assert.False(await db.Schools.AnyAsync(), "demo data must not be seeded in this fixture");
        var roles = await db.Roles.Select(r => r.Name).ToListAsync();
        Assert.Equal(Roles.All.Order(), roles.Order());
    }

    [Fact]
    public async Task Admin_create_makes_a_platform_admin_who_signs_in_and_reaches_the_admin_pages()
    {
        var (exit, output, error) = await app.AdminCreateAsync("ops-admin");

        Assert.True(exit == 0, error);
        Assert.Contains("ops-admin", output);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByNameAsync("ops-admin");
            Assert.NotNull(user);
            Assert.True(await users.IsInRoleAsync(user, Roles.Admin));
        }
        using var client = app.NewClient();
        var signIn = await WebSession.PostLoginAsync(client, "ops-admin", ProductionAppFixture.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var admin = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Admin_create_for_an_existing_account_fails_with_a_clear_error_and_keeps_the_old_password()
    {
        Assert.Equal(0, (await app.AdminCreateAsync("ops-twice")).Exit);

        var (exit, _, error) = await app.AdminCreateAsync("ops-twice", "A-different-password-2026");

        Assert.Equal(1, exit);
        Assert.Contains("already exists", error);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByNameAsync("ops-twice");
        Assert.True(await users.CheckPasswordAsync(user!, ProductionAppFixture.AdminPassword));
    }

    [Fact]
    public async Task Admin_create_refuses_a_weak_password_and_leaves_no_account()
    {
        var (exit, _, error) = await app.AdminCreateAsync("ops-weak", "short");

        Assert.Equal(1, exit);
        Assert.StartsWith("Error:", error);
        await using var db = app.NewDb();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "ops-weak"));
    }

    [Theory]
    [InlineData(new[] { "admin", "create", "--account", "root" }, "admin create", "root", 0)]
    [InlineData(new[] { "admin", "create", "--account", "root", "--Wq:DataDirectory", "/srv/wq" }, "admin create", "root", 2)]
    [InlineData(new[] { "backup", "/var/backups/wq" }, "backup", "/var/backups/wq", 0)]
    [InlineData(new[] { "drill", "corrections", "--graduate", "grad2", "--reviewer", "school1", "--count", "5" }, "drill corrections", "grad2", 0)]
    public void Operator_commands_parse_and_pass_the_rest_to_the_host(string[] args, string name, string value, int hostArgs)
    {
        var command = CliCommand.Parse(args);

        Assert.NotNull(command);
        Assert.Equal(name, command.Name);
        Assert.Contains(value, command.Options.Values);
        Assert.Equal(hostArgs, command.HostArgs.Length);
    }

    [Fact]
    public void Host_arguments_alone_serve_the_web_app_and_a_malformed_command_prints_usage()
    {
        Assert.Null(CliCommand.Parse([]));
        Assert.Null(CliCommand.Parse(["--urls", "http://0.0.0.0:8080"]));
        Assert.Equal("usage", CliCommand.Parse(["admin", "create"])!.Name);
        Assert.Equal("usage", CliCommand.Parse(["backup"])!.Name);
        Assert.Equal("usage", CliCommand.Parse(["audit"])!.Name);
        Assert.Equal("usage", CliCommand.Parse(["drill", "corrections"])!.Name);
    }
}
