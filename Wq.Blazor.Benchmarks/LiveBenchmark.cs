using System.Runtime;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wq.Blazor.Data;
using Wq.Blazor.Domain;
using Wq.Blazor.Workflows;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// Live-update latency: from just before an employer's action to the moment the DOM of every
/// watching browser shows it. The app runs in-process (<see cref="InProcessServer"/>); watchers
/// are contexts signed in as emp1 on /employer/invitations, whose table re-queries on every event
/// of emp1's organisation. The action is InvitationService.InviteAsync(emp1, next roster graduate)
/// called directly, one at a time; each adds a row at the top of page 1 (the list is paged, so the
/// row count stays at one page). A MutationObserver in each page stamps Date.now() when a row with
/// a new agreement id (<c>tr[data-id]</c>) first appears; the host matches it to the action by the
/// id InviteAsync returns and stamps the action start on the same wall clock.
/// CPU is read per action over a fixed window (start of the action + --window ms) in which the
/// host does nothing but wait: the app's process CPU in that window (nanosecond process clock),
/// less the same window's idle CPU, is the app's own cost of the action (the Playwright client is
/// idle then; the waits that pace the actions come after the window); it is also split by thread
/// kind, which shows JIT work left over from a short warm-up. The browsers' CPU in the same window
/// is read from /proc for the child processes (10 ms ticks). Pairs updated after the window closed are counted: their work
/// fell outside it, so make the window longer when there are many.
/// Warm-up lasts at least --warmup-actions and until the tiered JIT has settled (≤ 10 ms over 5
/// actions); on a loaded machine it can come back later, so compare runs with a long warm-up
/// (e.g. --warmup-actions 120) when the breakdown shows more than ~1 ms of tiered JIT per action.
/// Options: --watchers N (20), --actions N (100), --warmup-actions N (5), --window MS (400),
/// --trace (a Chromium trace over the measured actions, summarised per thread and per event; it
/// needs several GB more memory: leave it out with 200 watchers, whose ~400 renderer processes
/// already take ~17 GB).
/// </summary>
internal sealed class LiveBenchmark : IBenchmark
{
    // Returns the list's total (共 N 条); times maps each agreement id to when its row first appeared.
    const string Observe = """
        () => {
          const ids = () => Array.from(document.querySelectorAll('#employer-agreements tbody tr[data-id]'), r => r.dataset.id);
          const s = window.__wq = { seen: new Set(ids()), times: {}, waiters: [] };
          new MutationObserver(() => {
            let t = 0;
            for (const id of ids()) if (!s.seen.has(id)) { s.seen.add(id); s.times[id] = t ||= Date.now(); }
            if (!t) return;
            s.waiters = s.waiters.filter(([want, resolve]) => { if (s.seen.has(want)) { resolve(true); return false; } return true; });
          }).observe(document.body, { childList: true, subtree: true });
          return Number(document.querySelector('#employer-agreements-total')?.textContent ?? -1);
        }
        """;
    // Resolved by the observer, so waiting costs the pages no polling while a measurement runs.
    const string WaitFor = "id => new Promise(r => window.__wq.seen.has(String(id)) ? r(true) : window.__wq.waiters.push([String(id), r]))";

    const int MaxWarmup = 150;

    public string Name => "live";
    public string Description => "employer action → DOM of ≥20 watching browsers (live-update latency)";

    public void Run(BenchRunner runner, string[] args) => RunAsync(
        Options.Int(args, "--watchers", 20), Options.Int(args, "--actions", 100), Options.Int(args, "--warmup-actions", 5),
        TimeSpan.FromMilliseconds(Options.Int(args, "--window", 400)), args.Contains("--trace")).GetAwaiter().GetResult();

    static async Task RunAsync(int watchers, int actions, int warmupActions, TimeSpan window, bool trace)
    {
        await using var server = InProcessServer.Start();
        var (actor, graduates, rowsBefore) = await LoadAsync(server, MaxWarmup + actions);
        Console.WriteLine($"in-process app at {server.BaseUrl} ({(GCSettings.IsServerGC ? "server" : "workstation")} GC); " +
            $"{watchers} watchers = emp1 on /employer/invitations; {actions} actions after ≥{warmupActions} warm-up: InviteAsync(emp1, roster graduate)");

        await using var browsers = await BrowserPool.LaunchAsync();
        var pages = await browsers.OpenManyAsync(server.BaseUrl, "emp1", "/employer/invitations", watchers);
        var totals = await Task.WhenAll(pages.Select(async p =>
        {
            await p.WaitForSelectorAsync("#employer-agreements");
            return await p.EvaluateAsync<int>(Observe);
        }));
        if (totals.Any(c => c != rowsBefore))
            throw new InvalidOperationException($"watchers show a total of {string.Join(",", totals.Distinct())} rows, the database has {rowsBefore}");
        await PrintClockCheckAsync(pages);

        await using var scope = server.Services.CreateAsyncScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        var terms = new TermsInput
        {
            PositionTitle = "后端开发工程师", JobCategoryCode = "13", WorkLocation = "北京市海淀区", MonthlySalary = 15000,
            ProbationMonths = 3, ArchiveReceiver = "2", ResponseDays = 5,
        };
        var starts = new List<(double Start, double Returned)>();
        var ids = new List<long>();
        var windowEnds = new List<double>();
        var cpu = new List<double>();
        var browserCpu = new List<double>();
        var missed = 0;
        static double SelfMs() => ProcessCpu.SelfMs();
        var byKind = new List<Dictionary<string, double>>();
        var idleByKind = new List<Dictionary<string, double>>();
        var done = 0;

        // One action and its window; then the pacing wait, outside the window.
        async Task<(long Id, double Start, double Returned, double WindowEnd, double Cpu, double Browsers, Dictionary<string, double> ByKind)> ActAsync()
        {
            var browsersBefore = ProcessCpu.DescendantsMs();
            var kindsBefore = ProcessCpu.SelfThreadsMs();
            var cpuBefore = SelfMs();
            var start = NowMs();
            var result = await invitations.InviteAsync(actor, graduates[done], terms);
            var returned = NowMs();
            if (!result.Ok) throw new InvalidOperationException($"InviteAsync failed: {result.Error}");
            var rest = start + window.TotalMilliseconds - NowMs();
            if (rest > 0) await Task.Delay(TimeSpan.FromMilliseconds(rest));
            var cpuAfter = SelfMs();
            var windowEnd = NowMs();
            var kindsAfter = ProcessCpu.SelfThreadsMs();
            var browsersAfter = ProcessCpu.DescendantsMs();
            done++;
            var all = Task.WhenAll(pages.Select(p => p.EvaluateAsync<bool>(WaitFor, result.Value)));
            if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30))) != all) missed++;
            return (result.Value, start, returned, windowEnd, cpuAfter - cpuBefore, browsersAfter - browsersBefore, ProcessCpu.ByKindMs(kindsBefore, kindsAfter));
        }

        // What the process and the browsers burn in a window with no action (idle circuits, timers).
        var idle = new List<double>();
        var idleBrowsers = new List<double>();
        async Task IdleWindowAsync()
        {
            var (b0, k0, c0) = (ProcessCpu.DescendantsMs(), ProcessCpu.SelfThreadsMs(), SelfMs());
            await Task.Delay(window);
            var c1 = SelfMs();
            idleByKind.Add(ProcessCpu.ByKindMs(k0, ProcessCpu.SelfThreadsMs()));
            idle.Add(c1 - c0);
            idleBrowsers.Add(ProcessCpu.DescendantsMs() - b0);
        }

        // Warm up until the tiered JIT is quiet: on a loaded machine its background thread keeps
        // re-compiling hot methods for dozens of actions, and that CPU would be billed to them.
        // (Its thread exits when idle and comes back, so only per-action differences are read.)
        var jit = new List<double>();
        while (done < warmupActions || (done < MaxWarmup && (jit.Count < 5 || jit.TakeLast(5).Sum() > 10)))
        {
            var before = ProcessCpu.SelfThreadsMs();
            await ActAsync();
            jit.Add(ProcessCpu.ByKindMs(before, ProcessCpu.SelfThreadsMs()).GetValueOrDefault("tiered JIT"));
        }
        var firstMeasuredRows = rowsBefore + done;
        Console.WriteLine($"warm-up: {done} actions (until the tiered JIT thread used ≤ 10 ms over 5 actions, at most {MaxWarmup}; last 5: {Stats.F(jit.TakeLast(5).Sum())} ms)");

        actions = Math.Min(actions, graduates.Count - done);
        if (trace) await browsers.StartTracingAsync();
        for (var i = 0; i < actions; i++)
        {
            if (i % 4 == 0) await IdleWindowAsync();
            var a = await ActAsync();
            ids.Add(a.Id);
            starts.Add((a.Start, a.Returned));
            windowEnds.Add(a.WindowEnd);
            cpu.Add(a.Cpu);
            browserCpu.Add(a.Browsers);
            byKind.Add(a.ByKind);
        }

        var traced = trace ? await browsers.StopTracingAsync() : null;
        var times = await Task.WhenAll(pages.Select(async p =>
            JsonSerializer.Deserialize<Dictionary<long, double>>(await p.EvaluateAsync<string>("() => JSON.stringify(window.__wq.times)"))!));
        Report(starts, ids, times, firstMeasuredRows, missed);
        var late = windowEnds.Select((end, k) => times.Count(t => t.TryGetValue(ids[k], out var seen) && seen > end)).Sum();
        var idleMs = Stats.Median(idle);
        var idleBrowserMs = Stats.Median(idleBrowsers);
        Console.WriteLine();
        Console.WriteLine($"CPU per {window.TotalMilliseconds:0} ms window (app: ns clock; browsers: 10 ms ticks): idle app {Stats.F(idleMs)} ms, idle browsers {Stats.F(idleBrowserMs)} ms; " +
            $"pairs updated after their window closed: {late} of {starts.Count * pages.Count}");
        // The server's whole reaction (commit, the watchers' queries and render diffs) in CPU
        // time, which other load on the machine inflates far less than it inflates wall time.
        Console.WriteLine(Stats.Line("app process CPU per action (less idle)", cpu.Select(c => c - idleMs)));
        Console.WriteLine(Stats.Line("browsers' CPU per action (less idle)", browserCpu.Select(c => c - idleBrowserMs)));
        var q = Math.Max(1, cpu.Count / 4);
        Console.WriteLine($"  app CPU per action, first {q} vs last {q} actions: median {Stats.F(Stats.Median(cpu.Take(q)) - idleMs)} ms vs " +
            $"{Stats.F(Stats.Median(cpu.Skip(cpu.Count - q)) - idleMs)} ms");
        Console.WriteLine($"  totals over {cpu.Count} actions: app {Stats.F(cpu.Sum() - idleMs * cpu.Count, "0")} ms, browsers {Stats.F(browserCpu.Sum() - idleBrowserMs * cpu.Count, "0")} ms");
        // Where the app's CPU went, by thread kind (mean per action less the mean idle window).
        var kinds = byKind.Concat(idleByKind).SelectMany(k => k.Keys).Distinct().Order();
        Console.WriteLine("  app CPU per action by thread, mean less idle: " + string.Join(", ", kinds.Select(k =>
            $"{k} {Stats.F(byKind.Average(d => d.GetValueOrDefault(k)) - (idleByKind.Count == 0 ? 0 : idleByKind.Average(d => d.GetValueOrDefault(k))))} ms")));
        if (traced is not null) BrowserTraceSummary.Print(traced, cpu.Count, pages.Count);
    }

    static void Report(List<(double Start, double Returned)> starts, List<long> ids, Dictionary<long, double>[] times, int firstRowCount, int missed)
    {
        var all = new List<double>();
        var fromReturn = new List<double>();
        var last = new List<double>();
        var first = new List<double>();
        var perAction = new List<List<double>>();
        for (var i = 0; i < starts.Count; i++)
        {
            var id = ids[i];
            var seen = times.Where(t => t.ContainsKey(id)).Select(t => t[id]).ToList();
            if (seen.Count == 0) continue;
            var lat = seen.Select(t => t - starts[i].Start).ToList();
            perAction.Add(lat);
            all.AddRange(lat);
            fromReturn.AddRange(seen.Select(t => t - starts[i].Returned));
            last.Add(lat.Max());
            first.Add(lat.Min());
        }

        Console.WriteLine();
        Console.WriteLine(Stats.Line("InviteAsync call (start → return)", starts.Select(s => s.Returned - s.Start)));
        Console.WriteLine(Stats.Line("DOM updated, every action × watcher", all));
        Console.WriteLine(Stats.Line("  same, measured from InviteAsync return", fromReturn));
        Console.WriteLine(Stats.Line("first watcher updated, per action", first));
        Console.WriteLine(Stats.Line("last watcher updated, per action", last));
        Console.WriteLine(Stats.Line("spread last − first, per action", last.Zip(first, (l, f) => l - f)));
        var s = Stats.Sorted(all);
        Console.WriteLine($"ratios: p95/median (all) {Stats.F(Stats.Percentile(s, 0.95) / Stats.Percentile(s, 0.5), "0.00")}×, " +
            $"median last/first watcher {Stats.F(Stats.Median(last) / Stats.Median(first), "0.00")}×");
        var quarter = Math.Max(1, perAction.Count / 4);
        var early = Stats.Median(perAction.Take(quarter).SelectMany(x => x));
        var late = Stats.Median(perAction.Skip(perAction.Count - quarter).SelectMany(x => x));
        // The page shows at most one page of rows; the employer's total still grows.
        Console.WriteLine($"table growth: median of first {quarter} actions ({firstRowCount + 1}–{firstRowCount + quarter} rows in all) {Stats.F(early)} ms, " +
            $"last {quarter} ({firstRowCount + perAction.Count - quarter + 1}–{firstRowCount + perAction.Count} rows in all) {Stats.F(late)} ms, ratio {Stats.F(late / early, "0.00")}×");
        Console.WriteLine($"samples: {all.Count} of {starts.Count * times.Length} (action × watcher); actions whose wait timed out (30 s): {missed}");
    }

    /// <summary>Browser Date.now() against the host clock: both read the same wall clock, so the offset should be ~0.</summary>
    static async Task PrintClockCheckAsync(IReadOnlyList<IPage> pages)
    {
        var offsets = new List<double>();
        var trips = new List<double>();
        foreach (var page in pages.Take(5))
            for (var i = 0; i < 10; i++)
            {
                var before = NowMs();
                var browser = await page.EvaluateAsync<double>("() => Date.now()");
                var after = NowMs();
                offsets.Add(browser - (before + after) / 2);
                trips.Add(after - before);
            }
        Console.WriteLine($"clock check: browser Date.now() − host clock, median {Stats.F(Stats.Median(offsets), "0.00")} ms " +
            $"(Date.now() has 1 ms resolution; Playwright round trip median {Stats.F(Stats.Median(trips), "0.00")} ms)");
    }

    static async Task<(ActorContext Actor, List<int> Graduates, int Rows)> LoadAsync(InProcessServer server, int wanted)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContextAsync();
        var user = await db.Users.Where(u => u.UserName == "emp1").Select(u => new { u.Id, u.DisplayName, u.EmployerId }).SingleAsync();
        var actor = new ActorContext(user.Id, user.DisplayName, Roles.Employer, EmployerId: user.EmployerId);
        // Roster graduates have no account: an invitation writes no notification, and no other open page reacts to it.
        var invited = db.Agreements.Where(a => a.EmployerId == user.EmployerId).Select(a => a.GraduateId);
        var graduates = await db.Graduates.Where(g => g.UserId == null && !invited.Contains(g.Id)).OrderBy(g => g.Id)
            .Select(g => g.Id).Take(wanted).ToListAsync();
        var rows = await db.Agreements.CountAsync(a => a.EmployerId == user.EmployerId);
        return (actor, graduates, rows);
    }

    static double NowMs() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
}
