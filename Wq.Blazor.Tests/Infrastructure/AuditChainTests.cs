using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Infrastructure.Audit;
using Wq.Blazor.Workflows.Accounts;

using Wq.Blazor.Tests.Workflows;

namespace Wq.Blazor.Tests.Infrastructure;

/// <summary>
/// Tampers with the audit table behind the app's back, so it has a database of its own (a class
/// fixture, not the shared workflows one). Every test puts the row back before it ends.
/// </summary>
public class AuditChainTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AuditChainVerifier Verifier => app.Services.GetRequiredService<AuditChainVerifier>();
    private ProfileService Profiles => app.Services.GetRequiredService<ProfileService>();
    private CertificationService Certification => app.Services.GetRequiredService<CertificationService>();

    /// <summary>
    /// Several real actions through the services: registration, certification, confirmation, a
    /// correction (whose reason carries ASCII digits) and its resolution. Returns the audit id of the
    /// correction request, a row in the middle of the chain.
    /// </summary>
    private async Task<long> DoSeveralActionsAsync()
    {
        var admin = await app.Data.ActorAsync("admin");
        var school1 = await app.Data.ActorAsync("school1");
        var graduate = await app.Data.RegisterGraduateAsync();
        Assert.True((await Certification.DecideAsync(admin, await app.Data.CreatePendingEmployerAsync(), true, null)).Ok);
        Assert.True((await Profiles.ConfirmAsync(graduate.Actor)).Ok);
        Assert.True((await Profiles.RequestCorrectionAsync(graduate.Actor, "手机号应为13800000001")).Ok);
        var request = Assert.Single(await Profiles.ListCorrectionsAsync(school1), c => c.GraduateId == graduate.Entry.GraduateId);
        Assert.True((await Profiles.ResolveCorrectionAsync(school1, request.Id, new RosterFix(Phone: "13800000001"), "已更正")).Ok);
        Assert.True((await Certification.DecideAsync(admin, await app.Data.CreatePendingEmployerAsync(), false, "材料不全")).Ok);

        await using var db = app.NewDb();
        return await db.AuditEvents.Where(e => e.RecordType == "CorrectionRequest" && e.RecordId == request.Id.ToString()
                                               && e.Action == "RequestCorrection").Select(e => e.Id).SingleAsync();
    }

    private static object? Scalar(SqliteConnection connection, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd.ExecuteScalar();
    }

    /// <summary>Flips the lowest bit of the last UTF-8 byte: still valid UTF-8, one byte different.</summary>
    private static string FlipOneByte(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[^1] ^= 0x01;
        return Encoding.UTF8.GetString(bytes);
    }

    [Fact]
    public async Task After_real_actions_the_chain_verifies_intact_over_every_row()
    {
        await DoSeveralActionsAsync();

        var result = await Verifier.VerifyAsync();

        Assert.True(result.Intact, result.Problem);
        Assert.Null(result.FirstBrokenId);
        await using var db = app.NewDb();
        Assert.Equal(await db.AuditEvents.LongCountAsync(), result.RowsChecked);
        Assert.True(result.RowsChecked >= 7, $"expected the seed row plus several actions, got {result.RowsChecked}");
    }

    [Theory]
    [InlineData("Reason")]
    [InlineData("ActorName")]
    public async Task Changing_one_byte_of_a_row_breaks_the_chain_at_that_row(string column)
    {
        var rowId = await DoSeveralActionsAsync();
        Assert.True((await Verifier.VerifyAsync()).Intact);

        using var connection = app.OpenRawConnection();
        var original = (string)Scalar(connection, $"SELECT \"{column}\" FROM \"AuditEvents\" WHERE \"Id\" = $id", ("$id", rowId))!;
        var tampered = FlipOneByte(original);
        Assert.Equal(1, Encoding.UTF8.GetBytes(original).Zip(Encoding.UTF8.GetBytes(tampered)).Count(p => p.First != p.Second));
        try
        {
            Scalar(connection, $"UPDATE \"AuditEvents\" SET \"{column}\" = $v WHERE \"Id\" = $id", ("$v", tampered), ("$id", rowId));

            var result = await Verifier.VerifyAsync();

            Assert.False(result.Intact);
            Assert.Equal(rowId, result.FirstBrokenId);
            Assert.Contains("篡改", result.Problem);
        }
        finally
        {
            Scalar(connection, $"UPDATE \"AuditEvents\" SET \"{column}\" = $v WHERE \"Id\" = $id", ("$v", original), ("$id", rowId));
        }
        Assert.True((await Verifier.VerifyAsync()).Intact, "restoring the byte restores the chain");
    }

    [Fact]
    public async Task Deleting_a_middle_row_breaks_the_chain_at_the_next_row()
    {
        var rowId = await DoSeveralActionsAsync();
        using var connection = app.OpenRawConnection();
        var nextId = (long)Scalar(connection, "SELECT MIN(\"Id\") FROM \"AuditEvents\" WHERE \"Id\" > $id", ("$id", rowId))!;
        Scalar(connection, "CREATE TEMP TABLE saved AS SELECT * FROM \"AuditEvents\" WHERE \"Id\" = $id", ("$id", rowId));
        try
        {
            Scalar(connection, "DELETE FROM \"AuditEvents\" WHERE \"Id\" = $id", ("$id", rowId));

            var result = await Verifier.VerifyAsync();

            Assert.False(result.Intact);
            Assert.Equal(nextId, result.FirstBrokenId);
            Assert.Contains("删除", result.Problem);
        }
        finally
        {
            Scalar(connection, "INSERT INTO \"AuditEvents\" SELECT * FROM saved");
            Scalar(connection, "DROP TABLE saved");
        }
        Assert.True((await Verifier.VerifyAsync()).Intact, "putting the row back restores the chain");
    }

    [Fact]
    public async Task A_row_rewritten_and_rehashed_without_the_key_fails_at_that_row()
    {
        var rowId = await DoSeveralActionsAsync();
        using var connection = app.OpenRawConnection();
        var original = (string)Scalar(connection, "SELECT \"Reason\" FROM \"AuditEvents\" WHERE \"Id\" = $id", ("$id", rowId))!;
        var originalHash = (string)Scalar(connection, "SELECT \"Hash\" FROM \"AuditEvents\" WHERE \"Id\" = $id", ("$id", rowId))!;
        await using (var db = app.NewDb())
        {
            // The attacker can write the database but has not got the key: a MAC under a key of their own.
            var row = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Id == rowId);
            row.Reason = "无异常";
            var forged = new AuditTrail(new AuditKey(new byte[32])).ComputeHash(row);
            Scalar(connection, "UPDATE \"AuditEvents\" SET \"Reason\" = $r, \"Hash\" = $h WHERE \"Id\" = $id",
                ("$r", row.Reason), ("$h", forged), ("$id", rowId));
        }
        try
        {
            var result = await Verifier.VerifyAsync();

            Assert.False(result.Intact);
            Assert.Equal(rowId, result.FirstBrokenId);
        }
        finally
        {
            Scalar(connection, "UPDATE \"AuditEvents\" SET \"Reason\" = $r, \"Hash\" = $h WHERE \"Id\" = $id",
                ("$r", original), ("$h", originalHash), ("$id", rowId));
        }
        Assert.True((await Verifier.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Cutting_rows_off_the_end_is_caught_by_the_anchor_outside_the_database()
    {
        await DoSeveralActionsAsync();
        var anchor = app.Services.GetRequiredService<AuditAnchor>().Read();
        Assert.NotNull(anchor);
        using var connection = app.OpenRawConnection();
        Assert.Equal(anchor.LastId, (long)Scalar(connection, "SELECT MAX(\"Id\") FROM \"AuditEvents\"")!);
        Scalar(connection, "CREATE TEMP TABLE tail AS SELECT * FROM \"AuditEvents\" WHERE \"Id\" > $id", ("$id", anchor.LastId - 2));
        try
        {
            // What is left is a valid, shorter chain: only the anchor can tell.
            Scalar(connection, "DELETE FROM \"AuditEvents\" WHERE \"Id\" > $id", ("$id", anchor.LastId - 2));

            var result = await Verifier.VerifyAsync();

            Assert.False(result.Intact);
            Assert.Contains("末尾记录被删除", result.Problem);
            Assert.Equal(anchor, result.Anchor);
        }
        finally
        {
            Scalar(connection, "INSERT INTO \"AuditEvents\" SELECT * FROM tail");
            Scalar(connection, "DROP TABLE tail");
        }
        Assert.True((await Verifier.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Concurrent_actions_append_one_unforked_chain()
    {
        var graduates = new List<RegisteredGraduate>();
        for (var i = 0; i < 6; i++) graduates.Add(await app.Data.RegisterGraduateAsync());
        using var barrier = new Barrier(graduates.Count);

        var results = await Task.WhenAll(graduates.Select(g => Task.Factory.StartNew(async () =>
        {
            barrier.SignalAndWait(TimeSpan.FromSeconds(30));
            return await Profiles.ConfirmAsync(g.Actor);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()));

        Assert.All(results, r => Assert.True(r.Ok, r.Error));
        var verification = await Verifier.VerifyAsync();
        Assert.True(verification.Intact, verification.Problem);
        await using var db = app.NewDb();
        var previousHashes = await db.AuditEvents.Select(e => e.PreviousHash).ToListAsync();
        Assert.Equal(previousHashes.Count, previousHashes.Distinct().Count());
    }
}
