using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Domain.Model;
using Wq.Blazor.Infrastructure.Mail;
using Wq.Blazor.Domain.Workflows;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// A batch 通过 of N items (default 1,000) through ReviewQueueService.DecideManyAsync on a fresh SQLite
/// file (WAL, synchronous=FULL): each item its own transaction with audit, notices, outbox mail and
/// the PDF job row, while the PDF worker runs alongside as in production. Beside it, in the same run,
/// raw SQLite with the same pragmas doing one UPDATE and one INSERT per transaction: the ceiling
/// that fsync-per-commit sets on this disk, measured just before and just after the batch. Then how
/// long the worker needs to drain the PDFs, and the process CPU per item (least moved by neighbours).
/// </summary>
internal sealed class BatchBenchmark : IBenchmark
{
    public string Name => "batch";
    public string Description =>
        "batch 通过 of 1,000 items vs raw SQLite transactions, then the PDF worker's drain " +
        "(--items N, --defer-pdf, --defer-mail, --sqlite-profile)";

    public void Run(BenchRunner runner, string[] args) =>
        RunAsync(Options.Int(args, "--items", 1000), Has(args, "--defer-pdf"), Has(args, "--defer-mail"), Has(args, "--sqlite-profile"))
            .GetAwaiter().GetResult();

    private static bool Has(string[] args, string flag) => Array.IndexOf(args, flag) >= 0;

    /// <param name="deferPdf">
    /// Without the hosted worker: the batch runs alone (the decision path's own rate) and the PDFs are
    /// then drained by one processor run, which times rendering alone. By default the worker renders
    /// alongside the batch, as in production.
    /// </param>
    /// <param name="deferMail">
    /// Without the hosted mail worker: the batch's notices wait in the outbox and are sent after it, timed.
    /// The worker otherwise writes its .eml files beside the batch, and on this machine's file system
    /// those writes lengthen the WAL's fsync (ADR 0020, third pass); with SMTP there are no files.
    /// </param>
    /// <param name="sqliteProfile">
    /// Also count what SQLite itself spends per decision and per raw transaction, statement by statement
    /// (<see cref="SqliteStatementProfile"/>): the floor a decision's own SQL sets, apart from EF and the app.
    /// The hook slows every statement, so the rates of such a run are not the ones to quote.
    /// </param>
    private static async Task RunAsync(int items, bool deferPdf, bool deferMail, bool sqliteProfile)
    {
        using var profile = sqliteProfile ? SqliteStatementProfile.Start() : null;
        var seed = Stopwatch.StartNew();
        var deferred = new[] { deferPdf ? typeof(PdfJobWorker) : null, deferMail ? typeof(MailWorker) : null }.OfType<Type>().ToList();
        await using var server = InProcessServer.Start(
            s => { foreach (var d in s.Where(d => deferred.Contains(d.ImplementationType!)).ToList()) s.Remove(d); },
            ("Demo:BulkGraduates", items.ToString()));
        Console.WriteLine(deferPdf ? "PDF worker deferred: the batch runs alone, then one drain" : "PDF worker running alongside the batch");
        Console.WriteLine(deferMail ? "mail worker deferred: the batch's mail is sent after it" : "mail worker running alongside the batch");
        Console.WriteLine($"seeded {items} accepted invitations through the services in {seed.Elapsed.TotalSeconds:0.0} s");
        var sp = server.Services;
        var dept1 = await BenchData.ActorAsync(sp, "dept1");
        List<ReviewCommand> commands;
        await using (var db = await BenchData.Db(sp))
        {
            Console.WriteLine($"app database: journal_mode={await PragmaAsync(db, "journal_mode")}, synchronous={await PragmaAsync(db, "synchronous")} (2 = FULL)");
            // 院系审核 alone decides, so each 通过 is final and queues the agreement's PDF.
            await db.Schools.Where(s => s.Id == dept1.SchoolId).ExecuteUpdateAsync(s => s.SetProperty(x => x.ReviewMode, ReviewMode.DepartmentOnly));
            commands = await db.Agreements.Where(a => a.State == AgreementState.PendingDepartmentReview && a.DepartmentId == dept1.DepartmentId)
                .OrderBy(a => a.Id).Select(a => new ReviewCommand(ReviewKinds.OnlineSigning, a.Id, ReviewDecision.Approve, "同意", a.Version))
                .ToListAsync();
        }

        // The seeding's own mail (invitations, acceptances) is sent first, so the batch competes
        // only with the work it causes itself.
        var mailLater = deferMail ? ActivatorUtilities.CreateInstance<MailWorker>(sp) : null;
        if (mailLater is not null) await SendAllAsync(mailLater);
        else await OutboxDrainedAsync(sp);
        // Raw SQLite runs just before and just after the batch: the disk's fsync rate drifts with
        // the neighbours' load, and the mean of the two brackets the time the batch ran in.
        var rawBefore = RawRate(commands.Count, Path.Combine(server.DataDirectory, "raw-before.db"), profile);
        var reviews = sp.GetRequiredService<ReviewQueueService>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var gcBefore = GcCounts.Now();
        profile?.Record();
        var start = Stopwatch.StartNew();
        // DecideManyAsync's own loop, timed per item: a few long waits (a lock, a checkpoint) show in the tail.
        var outcomes = new List<ReviewOutcome>(commands.Count);
        var perItem = new List<double>(commands.Count);
        foreach (var command in commands)
        {
            var itemStart = start.Elapsed;
            var r = await reviews.DecideAsync(dept1, command);
            perItem.Add((start.Elapsed - itemStart).TotalMilliseconds);
            outcomes.Add(new ReviewOutcome(command, r.Ok, r.Error));
        }
        var batch = start.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var gc = GcCounts.Now() - gcBefore;
        var decisionStatements = profile?.Stop();
        var ok = outcomes.Count(o => o.Ok);
        var appRate = ok / batch.TotalSeconds;
        Console.WriteLine($"batch 通过 (app)          {ok}/{commands.Count} items in {batch.TotalSeconds:0.00} s = {appRate:0} items/s, " +
                          $"process CPU {cpu.TotalMilliseconds / Math.Max(1, ok):0.0} ms per item");
        Console.WriteLine($"  garbage collector         {gc.Allocated / Math.Max(1, ok) / 1024.0:0} KB allocated per item (whole process), " +
                          $"{gc.Gen0} gen0 / {gc.Gen1} gen1 / {gc.Gen2} gen2 collections, {gc.Paused.TotalMilliseconds:0} ms paused");
        Console.WriteLine(Stats.Line("  one item (wall)", perItem) + $", {perItem.Count(t => t > 100)} over 100 ms, longest {perItem.Max():0} ms");
        if (outcomes.FirstOrDefault(o => !o.Ok) is { } failed) Console.WriteLine($"  first skipped: {failed.Error}");

        var run = deferPdf ? sp.GetRequiredService<PdfJobProcessor>().RunDueAsync() : Task.CompletedTask;
        var drain = await DrainAsync(sp);
        await run;
        Console.WriteLine($"PDF worker                {drain.DoneDuringBatch} of {ok} PDFs done when the batch ended, all {ok} done " +
                          $"{drain.AfterBatch.TotalSeconds:0.0} s later ({(batch + drain.AfterBatch).TotalSeconds:0.0} s from batch start)");

        if (mailLater is not null)
        {
            var mailTime = Stopwatch.StartNew();
            var mails = await SendAllAsync(mailLater);
            Console.WriteLine($"mail worker (deferred)    {mails} mails handled in {mailTime.Elapsed.TotalSeconds:0.0} s after the batch");
        }

        var rawAfter = RawRate(commands.Count, Path.Combine(server.DataDirectory, "raw-after.db"));
        var rawRate = (rawBefore + rawAfter) / 2;
        Console.WriteLine($"raw SQLite                {commands.Count} transactions (1 UPDATE + 1 INSERT) = {rawRate:0} tx/s " +
                          $"(mean of {rawBefore:0} before and {rawAfter:0} after the batch)");
        Console.WriteLine($"ratio app / raw           {appRate / rawRate:0.00}x (goal ≥ 0.25x)");
        if (profile is null || decisionStatements is null) return;
        Console.WriteLine("with the SQLite profile hook on: the rates above are slowed by it; the split below is what to read");
        SqliteStatementProfile.Print("one decision (batch 通过)", decisionStatements, Math.Max(1, outcomes.Count));
        SqliteStatementProfile.Print("one raw transaction", profile.RawStatements ?? new([], 0), commands.Count);
    }

    private static async Task<int> SendAllAsync(MailWorker worker)
    {
        int total = 0, handled;
        while ((handled = await worker.SendDueAsync(CancellationToken.None)) > 0) total += handled;
        return total;
    }

    private static async Task OutboxDrainedAsync(IServiceProvider sp)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2)) // a mail in backoff would otherwise hold the benchmark up
        {
            await using var db = await BenchData.Db(sp);
            if (!await db.OutboxMails.AnyAsync(m => m.SentAt == null && m.Attempts < MailWorker.MaxAttempts)) return;
            await Task.Delay(100);
        }
        Console.WriteLine("mail from the seeding still unsent after 2 minutes; measuring anyway");
    }

    private static async Task<(TimeSpan AfterBatch, int DoneDuringBatch)> DrainAsync(IServiceProvider sp)
    {
        var start = Stopwatch.StartNew();
        int? doneAtStart = null;
        while (true)
        {
            await using var db = await BenchData.Db(sp);
            var pending = await db.PdfJobs.CountAsync(j => j.DoneAt == null);
            doneAtStart ??= await db.PdfJobs.CountAsync(j => j.DoneAt != null);
            if (pending == 0) return (start.Elapsed, doneAtStart.Value);
            await Task.Delay(50);
        }
    }

    private static double RawRate(int transactions, string path, SqliteStatementProfile? profile = null)
    {
        using var conn = new SqliteConnection($"Data Source={path};Pooling=False");
        conn.Open();
        profile?.Hook(conn);
        Exec(conn, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        Exec(conn, "CREATE TABLE items(id INTEGER PRIMARY KEY, state INTEGER, version INTEGER);" +
                   "CREATE TABLE log(id INTEGER PRIMARY KEY, item INTEGER, at INTEGER, text TEXT);");
        Exec(conn, $"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {transactions}) INSERT INTO items SELECT n, 1, 0 FROM s;");
        using var update = conn.CreateCommand();
        update.CommandText = "UPDATE items SET state = 2, version = version + 1 WHERE id = $id";
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        using var insert = conn.CreateCommand();
        insert.CommandText = "INSERT INTO log(item, at, text) VALUES ($item, $at, '通过')";
        var item = insert.Parameters.Add("$item", SqliteType.Integer);
        var at = insert.Parameters.Add("$at", SqliteType.Integer);
        profile?.Record();
        var start = Stopwatch.StartNew();
        for (var i = 1; i <= transactions; i++)
        {
            Exec(conn, "BEGIN IMMEDIATE");
            id.Value = i;
            update.ExecuteNonQuery();
            (item.Value, at.Value) = (i, DateTime.UtcNow.Ticks);
            insert.ExecuteNonQuery();
            Exec(conn, "COMMIT");
        }
        var rate = transactions / start.Elapsed.TotalSeconds;
        if (profile is not null) profile.RawStatements = profile.Stop();
        return rate;
    }

    private static void Exec(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static async Task<string> PragmaAsync(Wq.Blazor.Data.WqDbContext db, string name)
    {
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await cmd.ExecuteScalarAsync()) ?? "";
    }
}
