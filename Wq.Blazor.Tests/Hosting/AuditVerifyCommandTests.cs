using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Hosting.Cli;
using Wq.Blazor.Infrastructure.Audit;
using Wq.Blazor.Tests.Workflows;
using Wq.Blazor.Workflows.Accounts;

namespace Wq.Blazor.Tests.Hosting;

/// <summary>
/// <c>audit verify</c> through the same entry Program uses (CliCommand.Parse + RunAsync). It tampers
/// with the audit table, so it has a database of its own; every test puts the rows back.
/// </summary>
public class AuditVerifyCommandTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<(int Exit, string Output, string Error)> VerifyAsync()
    {
        var command = CliCommand.Parse(["audit", "verify"]);
        Assert.NotNull(command);
        Assert.Equal("audit verify", command.Name);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await command.RunAsync(app.Services, TextReader.Null, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task DoSomeActionsAsync()
    {
        var graduate = await app.Data.RegisterGraduateAsync();
        Assert.True((await app.Services.GetRequiredService<ProfileService>().ConfirmAsync(graduate.Actor)).Ok);
    }

    private static object? Exec(SqliteConnection connection, string sql, long id)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar();
    }

    [Fact]
    public async Task An_intact_chain_prints_the_row_count_the_anchor_and_OK_and_exits_zero()
    {
        await DoSomeActionsAsync();
        var anchor = app.Services.GetRequiredService<AuditAnchor>().Read();
        Assert.NotNull(anchor);

        var (exit, output, error) = await VerifyAsync();

        Assert.True(exit == 0, error);
        Assert.Contains($"Rows checked: {anchor.Sequence}", output);
        Assert.Contains($"sequence {anchor.Sequence}, last id {anchor.LastId}, MAC {anchor.Hash}", output);
        Assert.Contains("OK", output);
    }

    [Fact]
    public async Task An_edited_row_exits_non_zero_and_names_that_row()
    {
        await DoSomeActionsAsync();
        using var connection = app.OpenRawConnection();
        var rowId = (long)Exec(connection, "SELECT MAX(\"Id\") - 1 FROM \"AuditEvents\" WHERE \"Id\" > $id", 0)!;
        var original = (string?)Exec(connection, "SELECT \"ActorName\" FROM \"AuditEvents\" WHERE \"Id\" = $id", rowId);
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "UPDATE \"AuditEvents\" SET \"ActorName\" = 'edited' WHERE \"Id\" = $id";
            cmd.Parameters.AddWithValue("$id", rowId);
            cmd.ExecuteNonQuery();
        }
        try
        {
            var (exit, _, error) = await VerifyAsync();

            Assert.Equal(1, exit);
            Assert.Contains($"first bad row: id {rowId}", error);
        }
        finally
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "UPDATE \"AuditEvents\" SET \"ActorName\" = $r WHERE \"Id\" = $id";
            cmd.Parameters.AddWithValue("$r", (object?)original ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$id", rowId);
            cmd.ExecuteNonQuery();
        }
        Assert.Equal(0, (await VerifyAsync()).Exit);
    }

    [Fact]
    public async Task Rows_cut_off_behind_the_anchor_exit_non_zero()
    {
        await DoSomeActionsAsync();
        var anchor = app.Services.GetRequiredService<AuditAnchor>().Read()!;
        using var connection = app.OpenRawConnection();
        Exec(connection, "CREATE TEMP TABLE tail AS SELECT * FROM \"AuditEvents\" WHERE \"Id\" > $id", anchor.LastId - 2);
        try
        {
            Exec(connection, "DELETE FROM \"AuditEvents\" WHERE \"Id\" > $id", anchor.LastId - 2);

            var (exit, output, error) = await VerifyAsync();

            Assert.Equal(1, exit);
            Assert.Contains("rows missing at the end", error);
            Assert.Contains($"sequence {anchor.Sequence}", output);
        }
        finally
        {
            Exec(connection, "INSERT INTO \"AuditEvents\" SELECT * FROM tail", 0);
            Exec(connection, "DROP TABLE tail", 0);
        }
        Assert.Equal(0, (await VerifyAsync()).Exit);
    }
}
