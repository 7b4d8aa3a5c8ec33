using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// What SQLite itself spends on a unit of work: every statement's execution time as SQLite reports
/// it (<c>sqlite3_profile</c>: from the first step to the reset, so a COMMIT includes its fsync;
/// preparing the statement is not included), grouped by what the statement does. Hooks each native
/// connection the app opens (seen through EF's diagnostic events) and any connection handed to
/// <see cref="Hook"/>; and the pages each connection wrote to the WAL (<c>SQLITE_DBSTATUS_CACHE_WRITE</c>),
/// which every COMMIT writes and fsyncs. Costs a callback and a string per statement, so rates
/// measured while it records are not the benchmark's rates.
/// </summary>
internal sealed partial class SqliteStatementProfile : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const int CacheWrite = 9; // SQLITE_DBSTATUS_CACHE_WRITE: dirty pages written, per connection, resettable
    private readonly ConditionalWeakTable<sqlite3, object> _hooked = [];
    private readonly List<WeakReference<sqlite3>> _handles = [];
    private readonly Dictionary<string, (int Count, long Nanoseconds)> _tally = [];
    private readonly List<IDisposable> _subscriptions = [];
    private volatile bool _recording;

    /// <summary>The raw transactions' split, kept for printing beside the decisions'.</summary>
    public StatementSplit? RawStatements { get; set; }

    public static SqliteStatementProfile Start()
    {
        var profile = new SqliteStatementProfile();
        profile._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(profile));
        return profile;
    }

    /// <summary>Counts the statements run from now until <see cref="Stop"/>, after clearing earlier counts.</summary>
    public void Record()
    {
        lock (_tally) _tally.Clear();
        PagesWritten(reset: true);
        _recording = true;
    }

    /// <summary>Pages written to the WAL by the hooked connections since <see cref="Record"/>.</summary>
    public long PagesWritten(bool reset = false)
    {
        long pages = 0;
        lock (_hooked)
            foreach (var weak in _handles)
                if (weak.TryGetTarget(out var handle) && !handle.IsInvalid && !handle.IsClosed)
                {
                    raw.sqlite3_db_status(handle, CacheWrite, out var current, out _, reset ? 1 : 0);
                    pages += current;
                }
        return pages;
    }

    /// <summary>Stops counting and returns the counts per statement class, largest time first, and the pages written.</summary>
    public StatementSplit Stop()
    {
        _recording = false;
        var pages = PagesWritten();
        lock (_tally)
            return new(_tally.OrderByDescending(t => t.Value.Nanoseconds)
                .Select(t => (t.Key, t.Value.Count, t.Value.Nanoseconds / 1e6)).ToList(), pages);
    }

    public void Hook(SqliteConnection connection)
    {
        var handle = connection.Handle;
        if (handle is null) return;
        lock (_hooked)
        {
            if (_hooked.TryGetValue(handle, out _)) return;
            _hooked.Add(handle, this);
            _handles.Add(new WeakReference<sqlite3>(handle));
        }
        raw.sqlite3_profile(handle, OnStatement, null);
    }

    /// <summary>Prints, per unit of work, the statements and SQLite's time for each class of them.</summary>
    public static void Print(string label, StatementSplit split, int units)
    {
        var (rows, pages) = split;
        var total = rows.Sum(r => r.Milliseconds);
        Console.WriteLine($"{label}: {rows.Sum(r => r.Count) / (double)units:0.0} statements, " +
                          $"{total / units:0.000} ms inside SQLite (prepare not included), {pages / (double)units:0.0} pages written to the WAL, per unit");
        foreach (var (statement, count, ms) in rows)
            Console.WriteLine($"    {statement,-34} {count / (double)units,5:0.0} per unit  {ms / units,7:0.000} ms per unit");
    }

    private void OnStatement(object userData, string sql, long nanoseconds)
    {
        if (!_recording) return;
        var key = Classify(sql);
        lock (_tally)
        {
            var (count, ns) = _tally.GetValueOrDefault(key);
            _tally[key] = (count + 1, ns + nanoseconds);
        }
    }

    private static string Classify(string sql)
    {
        var m = Target().Match(sql);
        if (m.Success) return $"{Regex.Replace(m.Groups[1].Value, @"\s.*\s", " … ").ToUpperInvariant()} {m.Groups[2].Value}";
        return sql.TrimStart().Split(' ', '\n', ';', '(')[0].ToUpperInvariant();
    }

    // The verb and the first table it names: INSERT INTO "X", UPDATE "X", DELETE FROM "X", SELECT … FROM "X".
    [GeneratedRegex("""^\s*(INSERT INTO|INSERT OR REPLACE INTO|REPLACE INTO|UPDATE|DELETE FROM|SELECT\s.*?\sFROM)\s+"?(\w+)"?""",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Target();

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key == RelationalEventId.ConnectionOpened.Name && e.Value is ConnectionEndEventData { Connection: SqliteConnection c }) Hook(c);
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
    }
}

/// <summary>Statements per class (count, SQLite's milliseconds) and the WAL pages written, over one recording.</summary>
internal sealed record StatementSplit(IReadOnlyList<(string Statement, int Count, double Milliseconds)> Rows, long Pages);
