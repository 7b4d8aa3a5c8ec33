using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows;

public sealed record NotificationItem(long Id, string Title, string Body, string? Link, DateTimeOffset CreatedAt, bool Read);

/// <summary>站内信 of the signed-in user: only their own rows, ever.</summary>
public sealed class NotificationService(IDbContextFactory<WqDbContext> dbFactory, TimeProvider clock)
{
    public async Task<int> UnreadCountAsync(ActorContext actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Notifications.CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null);
    }

    public async Task<IReadOnlyList<NotificationItem>> ListAsync(ActorContext actor, int take = 50)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == actor.UserId)
            .OrderByDescending(n => n.Id).Take(Math.Clamp(take, 1, 200))
            .Select(n => new NotificationItem(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt != null)).ToListAsync();
    }

    /// <summary>Reading a notification is not a state change of a record, so it is not audited.</summary>
    public async Task MarkAllReadAsync(ActorContext actor)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.Notifications.Where(n => n.UserId == actor.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, clock.GetUtcNow()));
    }
}
