using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Model;

namespace Wq.Blazor.Infrastructure.Audit;

/// <summary>
/// Appends hash-chained audit rows inside the caller's transaction. Writers are serialised by the
/// transaction (SQLite BEGIN IMMEDIATE), so reading the last hash and appending is race-free.
/// </summary>
public static class AuditTrail
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Adds <paramref name="entries"/> after the chain's current head, in order.</summary>
    public static async Task AppendAsync(WqDbContext db, IReadOnlyList<AuditEvent> entries, CancellationToken ct = default)
    {
        if (entries.Count == 0) return;
        var previous = await db.AuditEvents.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(ct)
                       ?? GenesisHash;
        foreach (var entry in entries)
        {
            entry.PreviousHash = previous;
            entry.Hash = ComputeHash(entry);
            previous = entry.Hash;
            db.AuditEvents.Add(entry);
        }
    }

    /// <summary>SHA-256 over every field but the id and the hash itself, in a fixed, unambiguous layout.</summary>
    public static string ComputeHash(AuditEvent e)
    {
        var sb = new StringBuilder();
        foreach (var field in new[]
                 {
                     e.PreviousHash, e.At.UtcTicks.ToString(CultureInfo.InvariantCulture), e.ActorUserId, e.ActorName,
                     e.ActorRole, e.RecordType, e.RecordId, e.Action, e.FromState, e.ToState, e.Reason, e.Ip,
                 })
        {
            // Length-prefixing keeps "a|b" + "c" distinct from "a" + "b|c".
            var value = field ?? "\u2400";
            sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
