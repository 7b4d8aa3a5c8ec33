using Wq.Blazor.Data.Provider;
using Wq.Blazor.Infrastructure.Audit;

namespace Wq.Blazor.Hosting.Cli;

/// <summary>
/// <c>audit verify</c>: walks the HMAC chain (ADR 0008) and compares it with the anchor kept in the
/// data folder. Exit 0 and "OK" when intact; otherwise exit 1 naming the first bad row, so a
/// cron job or monitoring script can alert on the exit code alone.
/// </summary>
public static class AuditVerifyCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        // Verifying an empty data folder must not fail on a missing schema.
        await DatabaseSetup.MigrateAsync(services);
        var result = await services.GetRequiredService<AuditChainVerifier>().VerifyAsync();

        await output.WriteLineAsync($"Rows checked: {result.RowsChecked}");
        await output.WriteLineAsync(result.Anchor is { } head
            ? $"Anchor: sequence {head.Sequence}, last id {head.LastId}, MAC {head.Hash}"
            : "Anchor: none yet (no audited change has been committed in this data folder)");
        if (result.Intact)
        {
            await output.WriteLineAsync("OK: the audit chain is intact.");
            return 0;
        }
        var where = result.FirstBrokenId is { } id ? $"first bad row: id {id}" : "rows missing at the end of the chain";
        await error.WriteLineAsync($"FAILED: {where}: {result.Problem}");
        return 1;
    }
}
