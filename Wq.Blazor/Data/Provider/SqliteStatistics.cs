using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wq.Blazor.Data.Provider;

/// <summary>
/// Keeps the query planner's table statistics (sqlite_stat1) current. The reviewer queue has sort
/// indexes and filter indexes over the same rows; only statistics tell SQLite that a department +
/// level + major filter or a keyword match is narrow enough to beat walking the sort order (ADR 0019).
/// SQLite's advice for long-running processes: <c>PRAGMA optimize=0x10002</c> when starting and now and
/// then after; it analyses only tables that are new to it or changed size a lot, from a sample.
/// </summary>
public sealed class SqliteStatisticsInterceptor : DbConnectionInterceptor
{
    private static readonly long IntervalMs = (long)TimeSpan.FromHours(1).TotalMilliseconds;
    private static long _dueAt; // Environment.TickCount64 of the next run, shared by the process

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => MaybeOptimize(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        MaybeOptimize(connection);
        return Task.CompletedTask;
    }

    private static void MaybeOptimize(DbConnection connection)
    {
        var due = Interlocked.Read(ref _dueAt);
        var now = Environment.TickCount64;
        if (connection is not SqliteConnection sqlite || now < due) return;
        if (Interlocked.CompareExchange(ref _dueAt, now + IntervalMs, due) != due) return; // another open won the run
        var connectionString = sqlite.ConnectionString;
        // On a connection of its own, off the request that opened this one: ANALYZE waits for the write lock.
        _ = Task.Run(() =>
        {
            try
            {
                using var own = new SqliteConnection(connectionString);
                own.Open();
                using var cmd = own.CreateCommand();
                cmd.CommandText = "PRAGMA busy_timeout=30000; PRAGMA optimize=0x10002;";
                cmd.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Statistics are an optimisation: a busy or read-only database simply tries again next interval.
            }
        });
    }
}
