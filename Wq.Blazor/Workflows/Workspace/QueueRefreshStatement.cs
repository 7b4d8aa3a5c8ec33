using System.Data.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows.Workspace;

/// <summary>
/// The SQL that rewrites some graduates' QueueRows: <c>DELETE</c> their rows, then
/// <c>INSERT … SELECT</c> what the sources project for them, in one command inside the caller's
/// transaction. Both halves are EF's own translation of the LINQ (the sources and a filter on the
/// table), taken once with the graduate ids as one collection parameter, so the sources remain the
/// queue's one definition and the projected rows never travel through the app.
/// </summary>
internal sealed class QueueRefreshStatement
{
    // Graduate ids no roster will reach, so the parameter that carries them is told apart by its value
    // from the sources' own captured values (a kind, a list of states).
    private static readonly int[] Sample = [int.MaxValue - 11, int.MaxValue - 7];

    private readonly string _sql;
    private readonly (string Name, object? Value)[] _fixed;
    private readonly string[] _idParameters;
    private readonly bool _idsAsJson;

    private QueueRefreshStatement(string sql, (string, object?)[] fixedParameters, string[] idParameters, bool idsAsJson) =>
        (_sql, _fixed, _idParameters, _idsAsJson) = (sql, fixedParameters, idParameters, idsAsJson);

    /// <param name="projected">The sources' rows for the graduates in the given collection parameter (EF.Parameter).</param>
    public static QueueRefreshStatement Build(WqDbContext db, Func<int[], IQueryable<QueueRow>> projected)
    {
        var ids = Sample;
        var entity = db.Model.FindEntityType(typeof(QueueRow))!;
        using var select = projected(ids).CreateDbCommand();
        using var existing = db.QueueRows.Where(r => EF.Parameter(ids).Contains(r.GraduateId)).CreateDbCommand();

        var helper = db.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties().Where(p => !p.IsPrimaryKey()).ToList();
        var targets = string.Join(", ", columns.Select(p => helper.DelimitIdentifier(p.GetColumnName())));
        // The projection names each output column after the QueueRow member it sets.
        var outputs = string.Join(", ", columns.Select(p => helper.DelimitIdentifier(p.Name)));
        // SELECT <columns> FROM "QueueRows" AS "q" WHERE … becomes DELETE FROM "QueueRows" AS "q" WHERE …
        var from = Regex.Match(existing.CommandText, @"\bFROM\b");
        var delete = "DELETE " + existing.CommandText[from.Index..].TrimEnd();
        var insert = $"INSERT INTO {helper.DelimitIdentifier(entity.GetTableName()!)} ({targets}) " +
                     $"SELECT {outputs} FROM ({select.CommandText.TrimEnd()}) AS {helper.DelimitIdentifier("projected")}";

        var parameters = select.Parameters.Cast<DbParameter>().Concat(existing.Parameters.Cast<DbParameter>())
            .DistinctBy(p => p.ParameterName).ToList();
        // SQLite passes a collection as JSON text, PostgreSQL as an array: send what EF sent for the sample.
        var json = JsonSerializer.Serialize(Sample);
        bool IsIds(DbParameter p) => p.Value is string s ? s == json : p.Value is int[] a && a.SequenceEqual(Sample);
        var idParameters = parameters.Where(IsIds).ToList();
        if (idParameters.Count == 0) throw new InvalidOperationException("The queue projection has no graduate ids parameter");
        return new QueueRefreshStatement($"{delete};\n{insert};",
            parameters.Where(p => !IsIds(p)).Select(p => (p.ParameterName, p.Value)).ToArray(),
            idParameters.Select(p => p.ParameterName).ToArray(), idParameters[0].Value is string);
    }

    public async Task ExecuteAsync(WqDbContext db, IReadOnlyCollection<int> graduateIds, CancellationToken ct)
    {
        if (graduateIds.Count == 0) return;
        object ids = _idsAsJson ? JsonSerializer.Serialize(graduateIds) : graduateIds.ToArray();
        await db.Database.OpenConnectionAsync(ct); // open already inside a transition; counted, so closing below keeps it so
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = _sql;
            foreach (var name in _idParameters) Add(command, name, ids);
            foreach (var (name, value) in _fixed) Add(command, name, value);
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
