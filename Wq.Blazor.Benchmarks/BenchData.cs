using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows;
using Wq.Blazor.Workflows.Workspace;

namespace Wq.Blazor.Benchmarks;

/// <summary>Arrangement for the data-heavy benchmarks: signed-in actors and bulk rows made by SQL.</summary>
internal static class BenchData
{
    /// <summary>An actor built from the users table, as the sign-in would build it.</summary>
    public static async Task<ActorContext> ActorAsync(IServiceProvider sp, string userName)
    {
        await using var db = await Db(sp);
        var u = await db.Users.AsNoTracking().SingleAsync(x => x.UserName == userName);
        var role = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).SingleAsync();
        return new ActorContext(u.Id, u.DisplayName, role!, u.GraduateId, u.EmployerId, u.SchoolId, u.DepartmentId, "127.0.0.1");
    }

    public static Task<WqDbContext> Db(IServiceProvider sp) =>
        sp.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContextAsync();

    /// <summary>
    /// Copies row <paramref name="templateId"/> of <paramref name="table"/> <paramref name="count"/> times in one
    /// INSERT … SELECT over a counter n = 1..count, with SQL expressions of n for the columns named in
    /// <paramref name="overrides"/>; the id is left to SQLite. Seconds for 100,000 rows, where the services
    /// would take hours: this is the benchmark's data, not the code under test.
    /// </summary>
    public static async Task CloneAsync(WqDbContext db, string table, long templateId, int count, IReadOnlyDictionary<string, string> overrides)
    {
        var conn = db.Database.GetDbConnection();
        if (conn.State != System.Data.ConnectionState.Open) await conn.OpenAsync();
        var columns = new List<string>();
        await using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) columns.Add(r.GetString(0));
        }
        columns.Remove("Id");
        var select = columns.Select(c => overrides.TryGetValue(c, out var e) ? e : $"t.\"{c}\"");
        await using var insert = conn.CreateCommand();
        insert.CommandText = $"""
            WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {count})
            INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", select)} FROM seq, "{table}" t WHERE t."Id" = {templateId}
            """;
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// <paramref name="count"/> graduates of the demo school (both seeded departments) and one agreement
    /// each waiting at a review gate, cloned from the bulk demo's first pair, for the queue and export.
    /// </summary>
    public static async Task QueueItemsAsync(IServiceProvider sp, int count)
    {
        await using var db = await Db(sp);
        var template = await db.Agreements.AsNoTracking().Where(a => a.State == Domain.Workflows.AgreementState.PendingDepartmentReview)
            .OrderBy(a => a.Id).FirstAsync();
        var depts = await db.Departments.Where(d => d.SchoolId == template.SchoolId).OrderBy(d => d.Id).Select(d => d.Id).Take(2).ToListAsync();
        var firstGraduate = await db.Graduates.MaxAsync(g => g.Id) + 1;
        await using var tx = await db.Database.BeginTransactionAsync();
        var dept = $"CASE n % 2 WHEN 0 THEN {depts[0]} ELSE {depts[^1]} END";
        await CloneAsync(db, "Graduates", template.GraduateId, count, new Dictionary<string, string>
        {
            ["StudentNo"] = "'Q' || printf('%08d', n)", ["IdNumber"] = "printf('Q%017d', n)", ["UserId"] = "NULL",
            ["Name"] = "'队列' || n", ["DepartmentId"] = dept, ["Level"] = "1 + n % 4",
            ["Major"] = "CASE n % 3 WHEN 0 THEN '软件工程' WHEN 1 THEN '计算机科学与技术' ELSE '会计学' END",
        });
        var pendingDept = (int)Domain.Workflows.AgreementState.PendingDepartmentReview;
        var pendingSchool = (int)Domain.Workflows.AgreementState.PendingSchoolReview;
        var answered = template.AnsweredAt!.Value.UtcTicks;
        await CloneAsync(db, "Agreements", template.Id, count, new Dictionary<string, string>
        {
            ["GraduateId"] = $"{firstGraduate} + n - 1", ["DepartmentId"] = dept, ["Number"] = "printf('Q%015d', n)",
            ["State"] = $"CASE n % 2 WHEN 0 THEN {pendingDept} ELSE {pendingSchool} END",
            ["AnsweredAt"] = $"{answered} - n * 10000000", ["CreatedAt"] = $"{answered} - n * 10000000 - 36000000000",
            ["EmployerName"] = "'单位' || (n % 997)",
        });
        await tx.CommitAsync();
        // Rows made by SQL bypass the transitions that keep the stored queue (ADR 0019): rebuild it from the sources.
        await sp.GetRequiredService<QueueProjection>().RebuildAsync(db);
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }
}
