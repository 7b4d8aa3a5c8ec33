// The domain vocabulary is used everywhere; the namespaces of frameworks stay explicit per file.
global using Wq.Blazor.Domain;
global using Wq.Blazor.Domain.CodeTables;
global using Wq.Blazor.Domain.Model;
global using Wq.Blazor.Domain.Workflows;
global using Wq.Blazor.Domain.Records;
