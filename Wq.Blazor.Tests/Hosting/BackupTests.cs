using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Wq.Blazor.Hosting.Cli;
using Wq.Blazor.Tests.Web;
using Wq.Blazor.Tests.Workflows;

namespace Wq.Blazor.Tests.Hosting;

[Collection(WebCollection.Name)]
public class BackupTests(AppFixture app)
{
    [Fact]
    public async Task Backup_while_running_then_restore_into_an_empty_folder_gives_a_working_app_with_the_same_data()
    {
        var marker = await app.Files.SaveGeneratedAsync("%PDF-1.4 backup marker"u8.ToArray(), "application/pdf", "marker.pdf");
        var backupDir = Path.Combine(Path.GetTempPath(), "wq-tests", "backup-" + Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CliCommand.Parse(["backup", backupDir])!.RunAsync(app.Services, TextReader.Null, output, error);

        Assert.True(exit == 0, error.ToString());
        var backupDb = Path.Combine(backupDir, BackupCommand.DatabaseFile);
        Assert.False(File.Exists(backupDb + "-wal"), "the copy must not depend on a WAL file");
        Assert.Equal("ok", Scalar(backupDb, "PRAGMA integrity_check"));
        Assert.Equal(Scalar(app.DatabasePath, "SELECT count(*) FROM AspNetUsers"), Scalar(backupDb, "SELECT count(*) FROM AspNetUsers"));
        Assert.Equal(Scalar(app.DatabasePath, "SELECT count(*) FROM AuditEvents"), Scalar(backupDb, "SELECT count(*) FROM AuditEvents"));
        Assert.True(File.Exists(Path.Combine(backupDir, BackupCommand.FilesFolder, marker.StoredName)));
        foreach (var stored in Column(backupDb, "SELECT StoredName FROM Attachments"))
            Assert.True(File.Exists(Path.Combine(backupDir, BackupCommand.FilesFolder, stored)), $"attachment file {stored} missing from the backup");

        // Restore as the README says: an empty data folder receives wq.db and files/.
        var restored = Path.Combine(Path.GetTempPath(), "wq-tests", "restored-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(restored);
        File.Copy(backupDb, Path.Combine(restored, "wq.db"));
        CopyTree(Path.Combine(backupDir, BackupCommand.FilesFolder), Path.Combine(restored, "files"));
        await using var restoredApp = new RestoredApp(restored);
        var client = restoredApp.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signIn = await WebSession.PostLoginAsync(client, "grad1", TestData.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var home = await client.GetAsync("/graduate");
        Assert.True(home.StatusCode == HttpStatusCode.OK || WebSession.LocationPath(home) != "/Account/Login",
            "the restored account's cookie must be accepted");
        Assert.Equal(Scalar(backupDb, "SELECT count(*) FROM Graduates"), Scalar(Path.Combine(restored, "wq.db"), "SELECT count(*) FROM Graduates"));

        var again = await CliCommand.Parse(["backup", backupDir])!.RunAsync(app.Services, TextReader.Null, output, error);
        Assert.Equal(1, again);
        Assert.Contains("already holds a backup", error.ToString());
        SqliteConnection.ClearAllPools();
        Directory.Delete(backupDir, true);
    }

    private static string Scalar(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar())!;
    }

    private static List<string> Column(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) if (!r.IsDBNull(0)) list.Add(r.GetString(0));
        return list;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private sealed class RestoredApp(string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseWqTestSettings(dataDirectory);
            builder.UseSetting("Demo:Seed", "false");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(dataDirectory, true); } catch (IOException) { }
        }
    }
}
