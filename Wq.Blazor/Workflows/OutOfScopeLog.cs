namespace Wq.Blazor.Workflows;

/// <summary>SPEC §1: a read of a record outside the actor's scope answers "not found" and is logged.</summary>
public static class OutOfScopeLog
{
    public static void OutOfScope(this ILogger log, ActorContext actor, RecordRef record) =>
        log.LogWarning("Out-of-scope or missing record {Record} requested by {User} ({Role}) from {Ip}",
            record.ToString(), actor.UserId, actor.Role, actor.Ip);
}
