using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Infrastructure.Audit;

public sealed record AuditVerification(bool Intact, long RowsChecked, long? FirstBrokenId, string? Problem, AuditHead? Anchor = null);

/// <summary>
/// Walks the whole chain: a changed row fails its own MAC, a deleted or inserted row breaks the
/// link or the sequence after it, a row rewritten and re-hashed without the key fails its MAC, and
/// rows cut off the end are caught by the anchor kept outside the database.
/// </summary>
public sealed class AuditChainVerifier(IDbContextFactory<WqDbContext> dbFactory, AuditTrail trail, AuditAnchor anchor)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var head = anchor.Read();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var previous = AuditTrail.GenesisHash;
        long count = 0;
        var anchorSeen = false;
        await foreach (var row in db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (row.PreviousHash != previous || row.Sequence != count)
                return new(false, count, row.Id, "与上一条记录的哈希不衔接(记录被删除或插入)", head);
            if (trail.ComputeHash(row) != row.Hash)
                return new(false, count, row.Id, "记录内容与其校验码不符(记录被篡改)", head);
            if (head is not null && row.Sequence == head.Sequence)
            {
                if (row.Id != head.LastId || row.Hash != head.Hash)
                    return new(false, count, row.Id, "与链外锚点记录的链头不符(记录被改写)", head);
                anchorSeen = true;
            }
            previous = row.Hash;
        }
        if (head is not null && !anchorSeen)
            return new(false, count, null, $"记录少于链外锚点记录的 {head.Sequence} 条(末尾记录被删除)", head);
        return new(true, count, null, null, head);
    }
}
