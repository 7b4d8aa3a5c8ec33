using System.Threading.Channels;

namespace Wq.Blazor.Infrastructure.Mail;

/// <summary>A notification to e-mail to one user, queued after the transaction that caused it commits.</summary>
public sealed record MailRequest(string UserId, string Subject, string Body, string? Link);

/// <summary>
/// Decouples the user's action from mail delivery: an SMTP server that is slow or down never
/// delays or fails a state change. The worker drains the queue in the background.
/// </summary>
public sealed class MailQueue
{
    private readonly Channel<MailRequest> _channel = Channel.CreateBounded<MailRequest>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Enqueue(MailRequest request) => _channel.Writer.TryWrite(request);

    public ChannelReader<MailRequest> Reader => _channel.Reader;
}
