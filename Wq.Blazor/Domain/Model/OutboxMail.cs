namespace Wq.Blazor.Domain.Model;

/// <summary>
/// One e-mail waiting to go out, written in the same transaction as the change it tells about,
/// so nothing is lost when the mail server is down or the process restarts (the outbox pattern).
/// </summary>
public class OutboxMail
{
    public long Id { get; set; }
    /// <summary>The recipient; the address is looked up when sending (account, else roster or organisation).</summary>
    public string? UserId { get; set; }
    /// <summary>An explicit address, for mail to someone without an account yet (e.g. a one-time code).</summary>
    public string? ToAddress { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    /// <summary>Set while one worker is sending it, so two instances never send the same mail twice.</summary>
    public DateTimeOffset? LeasedUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}
