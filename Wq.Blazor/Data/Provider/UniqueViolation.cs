using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Wq.Blazor.Data.Provider;

/// <summary>Recognises "someone got there first" from the database, whatever the provider.</summary>
public static class UniqueViolation
{
    public static bool Is(DbUpdateException ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 19 } s &&
                (s.SqliteExtendedErrorCode is 2067 or 1555)) // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
                return true;
            // PostgreSQL unique_violation, without a compile-time dependency on Npgsql.
            if (e.GetType().Name == "PostgresException" && e.GetType().GetProperty("SqlState")?.GetValue(e) as string == "23505")
                return true;
        }
        return false;
    }
}
