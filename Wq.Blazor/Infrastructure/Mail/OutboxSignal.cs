namespace Wq.Blazor.Infrastructure.Mail;

/// <summary>Wakes the mail worker after a commit that wrote outbox rows.</summary>
public sealed class OutboxSignal : WakeSignal;
