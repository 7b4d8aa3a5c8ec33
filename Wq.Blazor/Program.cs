using Wq.Blazor.Components;
using Wq.Blazor.Data.Provider;
using Wq.Blazor.Hosting;
using Wq.Blazor.Hosting.Cli;
using Wq.Blazor.Hosting.Demo;
using Wq.Blazor.Hosting.Production;
using Wq.Blazor.Infrastructure;

// An operator command (admin create, backup, audit verify) runs instead of the web server.
var command = CliCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command?.HostArgs ?? args);
builder.AddOperatorSettings();
var dataDirectory = builder.ResolveDataDirectory();

builder.AddWqProduction(serving: command is null);
builder.Services.AddWqDatabase(builder.Configuration, dataDirectory);
builder.Services.AddWqIdentity(builder.Environment);
builder.Services.AddWqInfrastructure(builder.Configuration, dataDirectory);
builder.Services.AddWqWorkflows();
builder.Services.AddWqWorkspace();
builder.Services.AddWqUi();

var app = builder.Build();
if (command is not null)
    return await command.RunAsync(app.Services, Console.In, Console.Out, Console.Error);

// Timed because they are most of a cold start (issue 12); the log line tells an operator where it went.
var clock = new StartupClock();
clock.Mark("runtime and host build");
await DatabaseSetup.MigrateAsync(app.Services);
clock.Mark("migrate");
await RoleBootstrap.EnsureRolesAsync(app.Services);
clock.Mark("roles");
if (app.Configuration.GetValue<bool>("Demo:Seed"))
{
    await DemoData.SeedAsync(app.Services);
    clock.Mark("demo data");
}
app.Logger.LogInformation("Database ready {Total:0} ms after process start (wall/CPU: {Phases})", clock.Total.TotalMilliseconds, clock);

app.UseWqProduction();
app.UseWqPipeline();
app.MapWqWorkspace();
await app.RunAsync();
return 0;
