using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Data.Provider;
using Wq.Blazor.Infrastructure.Audit;
using Wq.Blazor.Infrastructure.Live;
using Wq.Blazor.Infrastructure.Mail;

namespace Wq.Blazor.Workflows;

/// <summary>
/// The one path every state change takes: open a write transaction, let the caller load,
/// authorise and move records through a <see cref="TransitionScope"/>, append the audit rows and
/// notifications, commit, and only then publish live events. A refusal, a stale version or a
/// unique-index violation rolls everything back and becomes a message; nothing is half-written.
/// </summary>
public sealed class WorkflowRunner(
    IDbContextFactory<WqDbContext> dbFactory,
    LiveUpdateBus bus,
    OutboxSignal mail,
    IRecordLinks links,
    AuditTrail audit,
    AuditAnchor anchor,
    WriteGate writeGate,
    TimeProvider clock,
    IEnumerable<IGraduateReadModel> readModels,
    ILogger<WorkflowRunner> log)
{
    public const string ConflictMessage = "操作冲突:该记录已被他人处理,请刷新后重试";
    public const string UnexpectedMessage = "系统暂时无法完成此操作,请稍后重试";

    public async Task<OpResult<T>> RunAsync<T>(
        ActorContext actor, Func<TransitionScope, Task<T>> work, string? uniqueViolationMessage = null,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // A failure anywhere rolls the whole transaction back, so the savepoint EF would wrap around each
        // SaveChanges inside it buys nothing and costs two statements.
        db.Database.AutoSavepointsEnabled = false;
        var scope = new TransitionScope(db, actor, clock.GetUtcNow());
        var committed = false;
        try
        {
            // This process's writers queue in order at the gate, then on SQLite's lock (BEGIN IMMEDIATE)
            // against other processes: the state each one reads is current.
            await using var turn = await writeGate.EnterAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var value = await work(scope);
            var notices = scope.Notices
                .Select(n => new Notification
                { UserId = n.UserId, Title = n.Title, Body = n.Body, Link = n.About is { } r ? links.For(r, n.Audience) : null, CreatedAt = scope.Now })
                .ToList();
            db.Notifications.AddRange(notices);
            // The outbox rows commit with the change: mail is never lost, never sent for a rolled-back change.
            db.OutboxMails.AddRange(notices.Select(n => new OutboxMail
            { UserId = n.UserId, Subject = n.Title, Body = n.Body, Link = n.Link, CreatedAt = scope.Now, NextAttemptAt = scope.Now }));
            foreach (var userId in notices.Select(n => n.UserId).Distinct())
                scope.Publish(new RecordRef(RecordKind.Notification, 0), LiveUpdateBus.UserTopic(userId));
            await audit.AppendAsync(db, scope.AuditRows, ct);
            await db.SaveChangesAsync(ct);
            // In the same transaction: a change and its read-model rows commit or roll back together.
            if (scope.ChangedGraduates is { Count: > 0 } graduates)
                foreach (var model in readModels) await model.RefreshAsync(db, graduates, ct);
            await tx.CommitAsync(ct);
            committed = true;
            if (scope.AuditRows.Count > 0 && scope.AuditRows[^1] is { } last)
                anchor.Advance(new AuditHead(last.Sequence, last.Id, last.Hash));
            foreach (var afterCommit in scope.CommitActions)
                try { afterCommit(); } catch (Exception ex) { log.LogWarning(ex, "After-commit work failed"); }
            foreach (var ev in scope.Events) bus.Publish(ev);
            if (notices.Count > 0) mail.Wake();
            return OpResult<T>.Of(value);
        }
        catch (WorkflowRefusal refusal)
        {
            if (refusal.NotFound)
                log.LogWarning("Out-of-scope or missing record {Record} requested by {User} ({Role}) from {Ip}",
                    refusal.Record?.ToString() ?? "?", actor.UserId, actor.Role, actor.Ip);
            return refusal.NotFound ? OpResult<T>.Missing() : OpResult<T>.Fail(refusal.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OpResult<T>.Fail(ConflictMessage);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return OpResult<T>.Fail(uniqueViolationMessage ?? ConflictMessage);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failing disk, PDF renderer or database: the transaction rolls back and the user gets a
            // message instead of an error page. Nothing of the change remains (see finally).
            log.LogError(ex, "Transition by {User} ({Role}) failed", actor.UserId, actor.Role);
            return OpResult<T>.Fail(UnexpectedMessage);
        }
        finally
        {
            if (!committed)
                foreach (var undo in scope.RollbackActions)
                    try { undo(); } catch (Exception ex) { log.LogWarning(ex, "Rollback clean-up failed"); }
        }
    }

    public Task<OpResult<bool>> RunAsync(ActorContext actor, Func<TransitionScope, Task> work,
        string? uniqueViolationMessage = null, CancellationToken ct = default) =>
        RunAsync(actor, async s => { await work(s); return true; }, uniqueViolationMessage, ct);
}
