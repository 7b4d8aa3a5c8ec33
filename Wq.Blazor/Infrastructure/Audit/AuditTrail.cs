using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Infrastructure.Audit;

/// <summary>
/// Appends audit rows inside the caller's transaction, each chained to the one before by an
/// HMAC-SHA-256 whose key is outside the database (<see cref="AuditKey"/>). Writers are serialised
/// by the transaction (SQLite BEGIN IMMEDIATE), so reading the head and appending is race-free.
/// </summary>
public sealed class AuditTrail(AuditKey key)
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Adds <paramref name="entries"/> after the chain's current head, in order; returns the new head (ids unset until saved).</summary>
    public async Task AppendAsync(WqDbContext db, IReadOnlyList<AuditEvent> entries, CancellationToken ct = default)
    {
        if (entries.Count == 0) return;
        var head = await Head(db);
        var previous = head?.Hash ?? GenesisHash;
        var sequence = head?.Sequence ?? 0;
        foreach (var entry in entries)
        {
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = ComputeHash(entry);
            previous = entry.Hash;
            db.AuditEvents.Add(entry);
        }
    }

    // Compiled: every transition appends, and a compiled query skips EF's per-call expression work (issue 10).
    private static readonly Func<WqDbContext, Task<ChainHead?>> Head =
        EF.CompileAsyncQuery((WqDbContext db) => db.AuditEvents.OrderByDescending(e => e.Id).Select(e => new ChainHead(e.Hash, e.Sequence)).FirstOrDefault());

    private sealed record ChainHead(string Hash, long Sequence);

    /// <summary>HMAC over every field but the id and the hash itself, in a fixed, unambiguous layout.</summary>
    public string ComputeHash(AuditEvent e)
    {
        var sb = new StringBuilder();
        foreach (var field in new[]
                 {
                     e.Sequence.ToString(CultureInfo.InvariantCulture), e.PreviousHash, e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
                     e.ActorUserId, e.ActorName, e.ActorRole, e.RecordType, e.RecordId, e.Action, e.FromState, e.ToState, e.Reason, e.Ip,
                 })
        {
            // Length-prefixing keeps "a|b" + "c" distinct from "a" + "b|c".
            var value = field ?? "\u2400";
            sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
        }
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
