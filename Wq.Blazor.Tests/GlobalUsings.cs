// The app's domain vocabulary and core, used by nearly every test.
global using Wq.Blazor.Domain;
global using Wq.Blazor.Domain.CodeTables;
global using Wq.Blazor.Domain.Model;
global using Wq.Blazor.Domain.Records;
global using Wq.Blazor.Domain.Workflows;
global using Wq.Blazor.Workflows;
