using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Infrastructure.Audit;

public sealed record AuditVerification(bool Intact, long RowsChecked, long? FirstBrokenId, string? Problem);

/// <summary>Walks the whole chain: a changed row fails its own hash, a deleted row breaks the link after it.</summary>
public sealed class AuditChainVerifier(IDbContextFactory<WqDbContext> dbFactory)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var previous = AuditTrail.GenesisHash;
        long count = 0;
        await foreach (var row in db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (row.PreviousHash != previous)
                return new(false, count, row.Id, "与上一条记录的哈希不衔接(记录被删除或插入)");
            if (AuditTrail.ComputeHash(row) != row.Hash)
                return new(false, count, row.Id, "记录内容与其哈希不符(记录被篡改)");
            previous = row.Hash;
        }
        return new(true, count, null, null);
    }
}
