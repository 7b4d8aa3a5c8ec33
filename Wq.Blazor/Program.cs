using Wq.Blazor.Components;
using Wq.Blazor.Data.Provider;
using Wq.Blazor.Infrastructure;
using Wq.Blazor.Infrastructure.Demo;
using Wq.Blazor.Workflows.Workspace;

var builder = WebApplication.CreateBuilder(args);
builder.AddOperatorSettings();
var dataDirectory = builder.ResolveDataDirectory();

builder.Services.AddWqDatabase(builder.Configuration, dataDirectory);
builder.Services.AddWqIdentity(builder.Environment);
builder.Services.AddWqInfrastructure(builder.Configuration, dataDirectory);
builder.Services.AddWqWorkflows();
builder.Services.AddWqWorkspace();
builder.Services.AddWqUi();

var app = builder.Build();

await DatabaseSetup.MigrateAsync(app.Services);
if (app.Configuration.GetValue<bool>("Demo:Seed"))
    await DemoData.SeedAsync(app.Services);

app.UseWqPipeline();
app.MapWqWorkspace();
app.Run();
