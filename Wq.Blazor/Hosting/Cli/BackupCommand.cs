using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Infrastructure.Files;

namespace Wq.Blazor.Hosting.Cli;

/// <summary>
/// <c>backup DIR</c>: a consistent copy of the database taken while the app keeps running
/// (SQLite's online backup API reads one snapshot; WAL lets writers go on), then the files.
/// The database is copied first: files are written and fsynced before the row that names them
/// commits (FileStore), so every file the snapshot refers to already exists when the files are
/// copied. Restore: README "Run in production".
/// </summary>
public static class BackupCommand
{
    public const string DatabaseFile = "wq.db";
    public const string FilesFolder = "files";

    public static async Task<int> RunAsync(IServiceProvider services, string dir, TextWriter output, TextWriter error)
    {
        var target = Path.GetFullPath(dir);
        var targetDb = Path.Combine(target, DatabaseFile);
        if (File.Exists(targetDb) || Directory.Exists(Path.Combine(target, FilesFolder)))
        {
            await error.WriteLineAsync($"Error: {target} already holds a backup; choose an empty folder.");
            return 1;
        }
        Directory.CreateDirectory(target);

        await using (var db = await services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContextAsync())
        {
            if (!db.Database.IsSqlite())
            {
                await error.WriteLineAsync("Error: backup covers the embedded SQLite database; back up PostgreSQL with pg_dump.");
                return 1;
            }
            await using var source = new SqliteConnection(db.Database.GetConnectionString());
            await source.OpenAsync();
            await using (var destination = new SqliteConnection($"Data Source={targetDb};Pooling=False"))
            {
                await destination.OpenAsync();
                source.BackupDatabase(destination);
                await using var check = destination.CreateCommand();
                // The copy is a self-contained rollback-journal file: no -wal beside it to lose.
                check.CommandText = "PRAGMA journal_mode=DELETE;";
                await check.ExecuteNonQueryAsync();
                check.CommandText = "PRAGMA integrity_check;";
                var verdict = (string?)await check.ExecuteScalarAsync();
                if (verdict != "ok")
                {
                    await error.WriteLineAsync($"Error: integrity check of the copy failed: {verdict}");
                    return 1;
                }
            }
        }
        Durable.SyncFile(targetDb);

        var files = services.GetRequiredService<FileStore>();
        var copied = CopyFiles(files.Root, Path.Combine(target, FilesFolder));
        Durable.SyncDirectory(target);
        await output.WriteLineAsync($"Backup written to {target}: {DatabaseFile} and {copied} file(s) in {FilesFolder}/.");
        return 0;
    }

    private static int CopyFiles(string root, string target)
    {
        Directory.CreateDirectory(target);
        if (!Directory.Exists(root)) return 0;
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            // Half-received uploads, never referenced by the database.
            if (relative.StartsWith("tmp" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
            Durable.SyncFile(destination);
            count++;
        }
        foreach (var folder in Directory.EnumerateDirectories(target, "*", SearchOption.AllDirectories).Append(target))
            Durable.SyncDirectory(folder);
        return count;
    }
}
