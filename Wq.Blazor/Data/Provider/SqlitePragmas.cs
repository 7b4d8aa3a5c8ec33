using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wq.Blazor.Data.Provider;

/// <summary>
/// synchronous=FULL is a per-connection setting in SQLite, so every pooled connection gets it
/// when it opens; WAL is a property of the file and is set once at start-up.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";

    // The settings live as long as the native connection, which the pool keeps open across many
    // SqliteConnection.Open calls: set them once per native handle, not on every open (issue 10's
    // batch profile: a statement per unit of work).
    private readonly ConditionalWeakTable<object, object> _configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection)) return;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
        Remember(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection)) return;
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
        Remember(connection);
    }

    private bool NeedsPragmas(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && !_configured.TryGetValue(handle, out _);

    private void Remember(DbConnection connection) => _configured.AddOrUpdate(((SqliteConnection)connection).Handle!, this);

    /// <summary>Turns WAL on and fails start-up if the durability settings did not take.</summary>
    public static async Task EnsureWalAndAssertAsync(DbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            var conn = db.Database.GetDbConnection();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode=WAL;";
            var mode = (string?)await cmd.ExecuteScalarAsync();
            cmd.CommandText = "PRAGMA synchronous;";
            var sync = Convert.ToInt32(await cmd.ExecuteScalarAsync());
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase) || sync != 2)
                throw new InvalidOperationException($"SQLite must run in WAL mode with synchronous=FULL; got journal_mode={mode}, synchronous={sync}.");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
