using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Wq.Blazor.Infrastructure.Mail;

public interface IMailSender
{
    /// <summary>
    /// Opens a session for one batch of mail. Messages sent through it share what the transport can share
    /// (one SMTP connection, one login); disposing it ends the batch.
    /// </summary>
    Task<IMailSession> OpenAsync(CancellationToken ct);
}

public interface IMailSession : IAsyncDisposable
{
    /// <summary>Sends one message; an exception means this message was not accepted, and the session stays usable.</summary>
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>
/// Smtp:Host configured: deliver through it. STARTTLS is required unless the operator explicitly
/// sets <c>Smtp:Security</c> to <c>SslOnConnect</c> (port 465) or <c>None</c> (a relay on localhost).
/// A batch is sent over one connection: a TCP, TLS and AUTH handshake per message would cost a round
/// trip or several each, and a batch review of 1,000 items writes 2,000 mails.
/// </summary>
public sealed class SmtpMailSender(IConfiguration config) : IMailSender
{
    public static SecureSocketOptions Security(string? setting) => setting?.Trim().ToLowerInvariant() switch
    {
        null or "" or "starttls" => SecureSocketOptions.StartTls,
        "sslonconnect" => SecureSocketOptions.SslOnConnect,
        "none" => SecureSocketOptions.None,
        _ => throw new InvalidOperationException($"Smtp:Security '{setting}' is not StartTls, SslOnConnect or None"),
    };

    public Task<IMailSession> OpenAsync(CancellationToken ct) => Task.FromResult<IMailSession>(new Session(config));

    /// <summary>Connects on the first message, and again after a failure that broke the connection.</summary>
    private sealed class Session(IConfiguration config) : IMailSession
    {
        private SmtpClient? _client;

        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            try
            {
                var client = _client ??= await ConnectAsync(ct);
                await client.SendAsync(message, ct);
            }
            catch (Exception ex) when (ex is not SmtpCommandException && ex is not OperationCanceledException)
            {
                // A protocol or network error leaves the connection in an unknown state: the next message reconnects.
                // A refused message (SmtpCommandException: mailbox busy, recipient unknown) leaves it usable.
                _client?.Dispose();
                _client = null;
                throw;
            }
        }

        private async Task<SmtpClient> ConnectAsync(CancellationToken ct)
        {
            var client = new SmtpClient();
            try
            {
                await client.ConnectAsync(config["Smtp:Host"]!, config.GetValue("Smtp:Port", 587), Security(config["Smtp:Security"]), ct);
                if (!string.IsNullOrEmpty(config["Smtp:UserName"]))
                    await client.AuthenticateAsync(config["Smtp:UserName"]!, config["Smtp:Password"] ?? "", ct);
                return client;
            }
            catch
            {
                client.Dispose();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_client is not { } client) return;
            _client = null;
            try
            {
                if (client.IsConnected) await client.DisconnectAsync(true);
            }
            catch (Exception)
            {
                // QUIT is a courtesy: the batch's messages were already accepted or failed one by one.
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}

/// <summary>No SMTP configured: write each message as an .eml file in the outbox folder, where an operator can read it.</summary>
public sealed class OutboxMailSender(string folder) : IMailSender, IMailSession
{
    public string Folder { get; } = Directory.CreateDirectory(folder).FullName;

    public Task<IMailSession> OpenAsync(CancellationToken ct) => Task.FromResult<IMailSession>(this);

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var path = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
