using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data.Migrations;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Tests.Workflows.Workspace;

namespace Wq.Blazor.Tests.Workflows.Core;

/// <summary>
/// A property-style test of the workflow core: random sequences of triggers (allowed or not), by
/// random table actors, across every table, some fired as races on one record, for graduates of
/// schools in all three review modes. After every step the invariants of the core hold. The seed
/// is fixed, so a failure replays; the failing step is named in the message. The stored reviewer
/// queue (ADR 0019) is one of the invariants: after every step it equals what the queue sources project.
/// </summary>
public sealed class WorkflowInvariantTests : IAsyncLifetime
{
    private const int Steps = 240;
    private readonly SigningApp _app = new();
    private readonly Random _rng = new(20261130);
    private readonly List<(int GraduateId, int SchoolId, int DepartmentId, ReviewMode Mode)> _graduates = [];
    private readonly List<int> _employers = [];

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        var modes = new[] { (ReviewMode.TwoLevel, (TestSchool?)null), (ReviewMode.SchoolOnly, await _app.NewSchoolAsync(ReviewMode.SchoolOnly, "91001")),
            (ReviewMode.DepartmentOnly, await _app.NewSchoolAsync(ReviewMode.DepartmentOnly, "91002")) };
        foreach (var (mode, school) in modes)
            for (var i = 0; i < 3; i++)
            {
                var g = school is null ? await _app.NewGraduateAsync() : await _app.NewGraduateAtAsync(school, EducationLevel.Bachelor);
                _graduates.Add((g.GraduateId!.Value, g.SchoolId!.Value, g.DepartmentId!.Value, mode));
            }
        for (var i = 0; i < 3; i++) _employers.Add((await _app.NewEmployerAsync()).EmployerId!.Value);
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Random_triggers_and_races_across_every_table_keep_the_core_invariants()
    {
        var counts = new Dictionary<string, int>();
        for (var step = 0; step < Steps; step++)
        {
            var op = _rng.Next(10) switch { 0 or 1 => "invite", 2 => "register", 3 => "terminate", 4 => "race", _ => "move" };
            var before = await SnapshotAsync();
            var results = op switch
            {
                "invite" => [await InviteAsync()],
                "register" => [await RegisterAsync()],
                "terminate" => [await ApplyTerminationAsync()],
                "race" => await RaceAsync(),
                _ => [await MoveRandomAsync()],
            };
            var after = await SnapshotAsync();
            var label = $"step {step} ({op})";
            if (results.All(r => !r.Ok)) Assert.True(before == after, $"{label}: a refused trigger changed something");
            await AssertInvariantsAsync(label);
            var key = $"{op}:{(results.Any(r => r.Ok) ? "ok" : "refused")}";
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        // The walk must have exercised both outcomes, or it proved little.
        Assert.True(counts.GetValueOrDefault("move:ok") > 20 && counts.GetValueOrDefault("move:refused") > 20, string.Join(", ", counts));
        Assert.True(counts.GetValueOrDefault("race:ok") >= 3, string.Join(", ", counts));
        await AssertMigrationBackfillMatchesAsync();
    }

    /// <summary>
    /// The StoredReviewQueue migration's SQL, run over the walk's records (every kind, both gates, every
    /// mode), writes the same rows the transitions wrote: a database upgraded with items waiting is right.
    /// </summary>
    private async Task AssertMigrationBackfillMatchesAsync()
    {
        await using var db = await _app.DbAsync();
        var kept = StoredQueue.Text(await db.QueueRows.AsNoTracking().ToListAsync());
        Assert.True(kept.Select(r => r.Split('|')[0]).Distinct().Count() >= 3, "the walk left too few kinds waiting to test the backfill");
        await db.QueueRows.ExecuteDeleteAsync();
        await db.Database.ExecuteSqlRawAsync(StoredReviewQueue.Backfill);
        Assert.Equal(kept, StoredQueue.Text(await db.QueueRows.AsNoTracking().ToListAsync()));
    }

    // ---------------------------------------------------------------- operations (through the one runner)

    /// <summary>An agreement of a random channel: an online invitation, an offline signing or a paper registration.</summary>
    private Task<OpResult<bool>> InviteAsync()
    {
        var g = Pick(_graduates);
        var channel = Pick(Enum.GetValues<AgreementChannel>());
        var agreement = new Agreement
        {
            Channel = channel, GraduateId = g.GraduateId, SchoolId = g.SchoolId, DepartmentId = g.DepartmentId,
            EmployerId = Pick(_employers), CreatedAt = _app.Clock.GetUtcNow(), ExpiresAt = _app.Clock.GetUtcNow().AddDays(5),
        };
        agreement.EmployerInfo.Name = "随机单位";
        var (trigger, actor) = channel == AgreementChannel.Online ? (AgreementTrigger.Invite, Actor.Employer) : (AgreementTrigger.Submit, Actor.Graduate);
        return Run(s => s.StartAsync(agreement, AgreementWorkflows.For(channel), trigger, actor, g.Mode));
    }

    private Task<OpResult<bool>> RegisterAsync()
    {
        var g = Pick(_graduates);
        var registration = new DestinationRegistration
        {
            GraduateId = g.GraduateId, SchoolId = g.SchoolId, DepartmentId = g.DepartmentId, DestinationCode = "801",
            OrganisationName = "某大学研究生院", CreatedAt = _app.Clock.GetUtcNow(),
        };
        return Run(s => s.StartAsync(registration, RegistrationWorkflow.Table, RegistrationTrigger.Submit, Actor.Graduate, g.Mode));
    }

    private async Task<OpResult<bool>> ApplyTerminationAsync()
    {
        await using var db = await _app.DbAsync();
        var signed = await db.Agreements.AsNoTracking().Where(a => a.State == AgreementState.Signed).Select(a => a.Id).ToListAsync();
        if (signed.Count == 0) return OpResult<bool>.Fail("没有签约成功的协议");
        var a = await db.Agreements.AsNoTracking().SingleAsync(x => x.Id == Pick(signed));
        var mode = Mode(a.GraduateId);
        // Online agreements end through either party's request, offline and paper ones through the graduate's 解约函.
        var online = a.Channel == AgreementChannel.Online;
        var initiator = online && _rng.Next(2) == 0 ? Actor.Employer : Actor.Graduate;
        var termination = new Termination
        {
            AgreementId = a.Id, GraduateId = a.GraduateId, SchoolId = a.SchoolId, DepartmentId = a.DepartmentId, EmployerId = a.EmployerId,
            Online = online, InitiatorRole = initiator == Actor.Graduate ? Roles.Graduate : Roles.Employer, ReasonCode = "1",
            CreatedAt = _app.Clock.GetUtcNow(),
        };
        var table = online ? TerminationWorkflow.Online : TerminationWorkflow.Offline;
        return await Run(s => s.StartAsync(termination, table, TerminationTrigger.Apply, initiator, mode));
    }

    private async Task<OpResult<bool>> MoveRandomAsync() => await MoveAsync(await PickRecordAsync(), NextMove());

    /// <summary>Four random triggers fired at once on one record: the core serialises them.</summary>
    private async Task<OpResult<bool>[]> RaceAsync()
    {
        var record = await PickRecordAsync();
        var start = new Barrier(4);
        var moves = Enumerable.Range(0, 4).Select(_ => NextMove()).ToList(); // drawn here: Random is not thread-safe
        return await Task.WhenAll(moves.Select(m => Task.Run(() => { start.SignalAndWait(); return MoveAsync(record, m); })));
    }

    /// <summary>Mostly a trigger the table allows from the record's state (by its actor), sometimes anything at all.</summary>
    private sealed record MoveChoice(bool AllowedOnly, int Choice, Actor Actor);

    private MoveChoice NextMove() => new(_rng.Next(4) > 0, _rng.Next(1000), Pick(Enum.GetValues<Actor>()));

    private Task<OpResult<bool>> MoveAsync(RecordRef record, MoveChoice move) => Run(async s =>
    {
        switch (record.Kind)
        {
            case RecordKind.Agreement:
                var a = await s.Db.Agreements.SingleAsync(x => x.Id == record.Id);
                await MoveByAsync(s, a, AgreementWorkflows.For(a.Channel), Mode(a.GraduateId), move);
                break;
            case RecordKind.DestinationRegistration:
                var r = await s.Db.DestinationRegistrations.SingleAsync(x => x.Id == record.Id);
                await MoveByAsync(s, r, RegistrationWorkflow.Table, Mode(r.GraduateId), move);
                break;
            default:
                var t = await s.Db.Terminations.SingleAsync(x => x.Id == record.Id);
                await MoveByAsync(s, t, t.Online ? TerminationWorkflow.Online : TerminationWorkflow.Offline, Mode(t.GraduateId), move);
                break;
        }
    });

    private static Task MoveByAsync<TState, TTrigger>(TransitionScope s, IStatefulRecord<TState> record,
        WorkflowTable<TState, TTrigger> table, ReviewMode mode, MoveChoice move)
        where TState : struct, Enum where TTrigger : struct, Enum
    {
        var allowed = table.Rules.Where(r => EqualityComparer<TState>.Default.Equals(r.From, record.State) && r.AppliesTo(mode)).ToList();
        var (trigger, actor) = move.AllowedOnly && allowed.Count > 0
            ? (allowed[move.Choice % allowed.Count].Trigger, allowed[move.Choice % allowed.Count].Actor)
            : (Nth<TTrigger>(move.Choice), move.Actor);
        return s.MoveAsync(record, table, trigger, actor, mode);
    }

    private async Task<RecordRef> PickRecordAsync()
    {
        await using var db = await _app.DbAsync();
        var all = (await db.Agreements.Select(a => a.Id).ToListAsync()).Select(id => new RecordRef(RecordKind.Agreement, id))
            .Concat((await db.DestinationRegistrations.Select(r => r.Id).ToListAsync()).Select(id => new RecordRef(RecordKind.DestinationRegistration, id)))
            .Concat((await db.Terminations.Select(t => t.Id).ToListAsync()).Select(id => new RecordRef(RecordKind.Termination, id)))
            .ToList();
        return Pick(all);
    }

    private async Task<OpResult<bool>> Run(Func<TransitionScope, Task> work)
    {
        var r = await _app.Get<WorkflowRunner>().RunAsync(ActorContext.System, work);
        return r.Ok ? r : OpResult<bool>.Fail(r.Error ?? "");
    }

    // ---------------------------------------------------------------- invariants

    private async Task AssertInvariantsAsync(string label)
    {
        await using var db = await _app.DbAsync();
        var agreements = await db.Agreements.AsNoTracking().ToListAsync();
        var registrations = await db.DestinationRegistrations.AsNoTracking().ToListAsync();
        var terminations = await db.Terminations.AsNoTracking().ToListAsync();
        var claims = await db.DestinationClaims.AsNoTracking().ToDictionaryAsync(c => c.GraduateId);
        var audit = (await db.AuditEvents.AsNoTracking().Select(e => new { e.RecordType, e.RecordId }).ToListAsync())
            .GroupBy(e => $"{e.RecordType}:{e.RecordId}").ToDictionary(g => g.Key, g => g.Count());

        // A graduate has a claim row exactly when they have one current destination, and it names that record.
        foreach (var g in _graduates)
        {
            var current = agreements.Where(a => a.GraduateId == g.GraduateId && AgreementWorkflows.For(a.Channel).IsHeld(Hold.CurrentDestination, a.State))
                .Select(a => a.Ref)
                .Concat(registrations.Where(r => r.GraduateId == g.GraduateId && RegistrationWorkflow.Table.IsHeld(Hold.CurrentDestination, r.State))
                    .Select(r => r.Ref)).ToList();
            Assert.True(current.Count <= 1, $"{label}: graduate {g.GraduateId} has {current.Count} current destinations");
            claims.TryGetValue(g.GraduateId, out var claim);
            var claimed = claim is null ? (RecordRef?)null
                : new RecordRef(claim.Kind == DestinationKind.Agreement ? RecordKind.Agreement : RecordKind.DestinationRegistration, claim.RecordId);
            Assert.True(current.FirstOrDefault() is var c && (current.Count == 0 ? claimed is null : claimed == c),
                $"{label}: graduate {g.GraduateId} claim {claimed} but current {string.Join(",", current)}");
        }

        // The open-termination slot is set exactly while the request is open.
        foreach (var t in terminations)
            Assert.True(t.OpenAgreementId == (TerminationWorkflow.IsOpen(t.State) ? t.AgreementId : null),
                $"{label}: termination {t.Id} in {t.State} has slot {t.OpenAgreementId}");

        // Creation is version 0 with one audit row; each move adds one to Version and exactly one row.
        foreach (var r in agreements.Select(a => (a.Ref, a.Version)).Concat(registrations.Select(x => (x.Ref, x.Version)))
                     .Concat(terminations.Select(x => (x.Ref, x.Version))))
            Assert.True(audit.GetValueOrDefault(r.Ref.ToString()) == r.Version + 1,
                $"{label}: {r.Ref} at version {r.Version} has {audit.GetValueOrDefault(r.Ref.ToString())} audit rows");

        // The stored reviewer queue is what the sources project, row for row (no drift, ADR 0019).
        await StoredQueue.AssertMatchesSourcesAsync(_app, label);
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = await _app.DbAsync();
        var a = await db.Agreements.AsNoTracking().OrderBy(x => x.Id).Select(x => $"{x.Id}:{x.State}:{x.Version}").ToListAsync();
        var r = await db.DestinationRegistrations.AsNoTracking().OrderBy(x => x.Id).Select(x => $"{x.Id}:{x.State}:{x.Version}").ToListAsync();
        var t = await db.Terminations.AsNoTracking().OrderBy(x => x.Id).Select(x => $"{x.Id}:{x.State}:{x.Version}:{x.OpenAgreementId}").ToListAsync();
        var c = await db.DestinationClaims.AsNoTracking().OrderBy(x => x.GraduateId).Select(x => $"{x.GraduateId}:{x.Kind}:{x.RecordId}").ToListAsync();
        var q = StoredQueue.Text(await db.QueueRows.AsNoTracking().ToListAsync());
        return string.Join("|", a) + "#" + string.Join("|", r) + "#" + string.Join("|", t) + "#" + string.Join("|", c)
            + "#" + await db.AuditEvents.CountAsync() + "#" + await db.Notifications.CountAsync() + "#" + string.Join(";", q);
    }

    private ReviewMode Mode(int graduateId) => _graduates.First(g => g.GraduateId == graduateId).Mode;
    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];
    private static T Nth<T>(int i) where T : struct, Enum => Enum.GetValues<T>()[i % Enum.GetValues<T>().Length];
}
