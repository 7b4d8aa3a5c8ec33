using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Tests.Data;

/// <summary>
/// The account look-ups every notice makes go through an index, not a scan of every account: at a
/// national scale the graduates' accounts number in the millions, and each notice to an employer
/// reads its staff (issue 10's SQLite profile found that scan in every batch decision).
/// </summary>
public sealed class AccountIndexTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private WqDbContext _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new WqDbContext(new DbContextOptionsBuilder<WqDbContext>().UseSqlite(_connection).Options);
        await _db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task An_employers_staff_are_found_through_an_index()
    {
        var plan = await PlanAsync(_db.Users.Where(u => u.EmployerId == 7).Select(u => u.Id));
        Assert.Contains("INDEX IX_AspNetUsers_EmployerId", plan);
        Assert.DoesNotContain("SCAN", plan);
    }

    [Fact]
    public async Task A_graduates_account_is_found_through_an_index()
    {
        var plan = await PlanAsync(_db.Users.Where(u => u.GraduateId == 7).Select(u => u.Id));
        Assert.Contains("INDEX IX_AspNetUsers_GraduateId", plan);
        Assert.DoesNotContain("SCAN", plan);
    }

    private async Task<string> PlanAsync<T>(IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync();
        var steps = new List<string>();
        while (await reader.ReadAsync()) steps.Add(reader.GetString(3));
        return string.Join("\n", steps);
    }
}
