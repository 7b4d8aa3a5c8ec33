using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Wq.Blazor.Data;
using Wq.Blazor.Data.CompiledModel;

namespace Wq.Blazor.Tests.Data;

/// <summary>
/// Start-up trusts two generated artefacts instead of checking them on every start (ADR 0021):
/// the compiled model (Data/CompiledModel) and the migrations' snapshot. These tests fail when
/// either no longer matches the model that OnModelCreating builds.
/// </summary>
public sealed class ModelCurrencyTests
{
    private static WqDbContext NewContext() =>
        new(new DbContextOptionsBuilder<WqDbContext>().UseSqlite("Data Source=:memory:").Options);

    [Fact]
    public void Compiled_model_matches_OnModelCreating()
    {
        using var db = NewContext();
        // The design-time model is built from OnModelCreating even when a compiled model is in use.
        var built = db.GetService<IDesignTimeModel>().Model;
        var compiled = WqDbContextModel.Instance;

        Assert.True(ReferenceEquals(db.Model, compiled) || db.Model.GetType() == compiled.GetType(),
            "the context does not use the compiled model; is WqDbContextAssemblyAttributes.cs missing?");
        Assert.Equal(Describe(built), Describe(compiled));
    }

    [Fact]
    public void Migrations_cover_the_model()
    {
        using var db = NewContext();
        // Migrate() no longer compares the snapshot with the model at start-up (it costs ~0.6 s of
        // CPU per start); a forgotten `dotnet ef migrations add` is caught here instead.
        Assert.False(db.Database.HasPendingModelChanges(),
            "the model has changes no migration covers: run `dotnet ef migrations add <Name> --project Wq.Blazor`");
    }

    /// <summary>
    /// What the app depends on, per entity type: table, columns with their store type,
    /// nullability, converter and length, keys, foreign keys, indexes and navigations.
    /// </summary>
    private static string Describe(IModel model) => string.Join("\n", model.GetEntityTypes().OrderBy(e => e.Name).Select(e =>
        $"{e.Name} table={e.GetTableName()} owned={e.IsOwned()}\n" +
        string.Join("\n", e.GetProperties().OrderBy(p => p.Name).Select(p =>
            $"  prop {p.Name}: {p.ClrType.Name} column={p.GetColumnName()} type={p.GetColumnType()} null={p.IsNullable} " +
            $"max={p.GetMaxLength()} conv={p.GetValueConverter()?.GetType().Name} gen={p.ValueGenerated} concurrency={p.IsConcurrencyToken}")) + "\n" +
        string.Join("\n", e.GetKeys().Select(k => $"  key {string.Join(",", k.Properties.Select(p => p.Name))} primary={k.IsPrimaryKey()}").Order()) + "\n" +
        string.Join("\n", e.GetForeignKeys().Select(f =>
            $"  fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} delete={f.DeleteBehavior} unique={f.IsUnique} required={f.IsRequired}").Order()) + "\n" +
        string.Join("\n", e.GetIndexes().Select(i =>
            $"  index {i.GetDatabaseName()} ({string.Join(",", i.Properties.Select(p => p.Name))}) unique={i.IsUnique} filter={i.GetFilter()}").Order()) + "\n" +
        string.Join("\n", e.GetNavigations().Select(n => $"  nav {n.Name} -> {n.TargetEntityType.Name} collection={n.IsCollection}").Order())));
}
