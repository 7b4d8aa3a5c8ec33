namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>The two shapes every transition test has: it moved exactly once, or it was refused and changed nothing.</summary>
internal static class Expect
{
    public static void Chinese(string? message) => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message ?? "");

    /// <summary>
    /// Runs <paramref name="act"/> and asserts a refusal with a Chinese message (containing
    /// <paramref name="contains"/> when given) that left the agreement, the audit trail, the
    /// notifications, the claims, the attachments and the registrations exactly as they were.
    /// </summary>
    public static async Task<OpResult> RefusedAsync(SigningApp app, long agreementId, Func<Task<OpResult>> act,
        string? contains = null, bool notFound = false)
    {
        var before = await app.WorldAsync(agreementId);
        var result = await act();
        Assert.False(result.Ok, "the call should have been refused");
        Chinese(result.Error);
        if (contains is not null) Assert.Contains(contains, result.Error);
        Assert.Equal(notFound, result.NotFound);
        Assert.Equal(before, await app.WorldAsync(agreementId));
        return result;
    }

    public static Task<OpResult> NotFoundAsync(SigningApp app, long agreementId, Func<Task<OpResult>> act) =>
        RefusedAsync(app, agreementId, act, OpResult.NotFoundMessage, notFound: true);

    /// <summary>
    /// Runs <paramref name="act"/> and asserts it moved the agreement to <paramref name="to"/>:
    /// version + 1 and exactly one new audit row for it (action, from, to, actor, IP, time). Other records
    /// may add <paramref name="otherAuditRows"/> rows of their own in the same transaction.
    /// </summary>
    public static async Task<AuditEvent> MovedAsync(SigningApp app, long agreementId, ActorContext actor,
        Func<Task<OpResult>> act, AgreementState to, string action, int otherAuditRows = 0)
    {
        var before = await app.WorldAsync(agreementId);
        var auditBefore = (await app.AuditAsync("Agreement", agreementId)).Count;
        var result = await act();
        Assert.True(result.Ok, result.Error);
        var after = await app.WorldAsync(agreementId);
        Assert.Equal(to, after.State);
        Assert.Equal(before.Version + 1, after.Version);
        var row = Assert.Single((await app.AuditAsync("Agreement", agreementId)).Skip(auditBefore));
        Assert.Equal(action, row.Action);
        Assert.Equal(before.State.ToString(), row.FromState);
        Assert.Equal(to.ToString(), row.ToState);
        Assert.Equal(actor.Role, row.ActorRole);
        Assert.Equal(string.IsNullOrEmpty(actor.UserId) ? null : actor.UserId, row.ActorUserId);
        Assert.Equal(actor.Ip, row.Ip);
        Assert.Equal(app.Clock.GetUtcNow(), row.At);
        Assert.Equal(before.AuditRows + 1 + otherAuditRows, after.AuditRows);
        return row;
    }
}
