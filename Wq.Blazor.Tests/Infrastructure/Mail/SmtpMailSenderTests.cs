using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using SmtpCommandException = MailKit.Net.Smtp.SmtpCommandException;
using Microsoft.Extensions.Configuration;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using Wq.Blazor.Infrastructure.Mail;
using Wq.Blazor.Tests.Hosting.Published;

namespace Wq.Blazor.Tests.Infrastructure.Mail;

/// <summary>
/// The SMTP sender against a real SMTP server on a loopback port: a batch travels over one
/// connection, and a message the server refuses fails alone without breaking the ones after it.
/// </summary>
public sealed class SmtpMailSenderTests : IAsyncLifetime
{
    private const string Refused = "busy@example.cn";
    private readonly ConcurrentQueue<(Guid Session, MimeMessage Message)> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private int _port;
    private Task _server = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _port = PublishedApp.FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Port(_port, false)).Build();
        var services = new ServiceProvider();
        services.Add(new Store(_received));
        services.Add(new RefuseOne());
        _server = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        await ListeningAsync(_port);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAny(_server, Task.Delay(TimeSpan.FromSeconds(5)));
        _stop.Dispose();
    }

    [Fact]
    public async Task A_batch_is_sent_over_one_connection()
    {
        var sender = new SmtpMailSender(Config());

        await using (var session = await sender.OpenAsync(CancellationToken.None))
            for (var i = 1; i <= 5; i++)
                await session.SendAsync(Message($"graduate{i}@example.cn", $"签约成功 {i}"), CancellationToken.None);

        var received = await ReceivedAsync(5);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"签约成功 {i}"), received.Select(r => r.Message.Subject));
        Assert.Single(received.Select(r => r.Session).Distinct());
    }

    [Fact]
    public async Task A_refused_message_fails_alone_and_the_batch_goes_on_over_the_same_connection()
    {
        var sender = new SmtpMailSender(Config());

        await using (var session = await sender.OpenAsync(CancellationToken.None))
        {
            await session.SendAsync(Message("first@example.cn", "第一封"), CancellationToken.None);
            await Assert.ThrowsAsync<SmtpCommandException>(() => session.SendAsync(Message(Refused, "被拒收"), CancellationToken.None));
            await session.SendAsync(Message("third@example.cn", "第三封"), CancellationToken.None);
        }

        var received = await ReceivedAsync(2);
        Assert.Equal(["第一封", "第三封"], received.Select(r => r.Message.Subject));
        Assert.Single(received.Select(r => r.Session).Distinct());
    }

    [Fact]
    public async Task Each_batch_has_its_own_connection_and_an_empty_batch_opens_none()
    {
        var sender = new SmtpMailSender(Config());

        await using (await sender.OpenAsync(CancellationToken.None)) { } // nothing to send: no connection at all
        for (var batch = 1; batch <= 2; batch++)
            await using (var session = await sender.OpenAsync(CancellationToken.None))
                await session.SendAsync(Message("someone@example.cn", $"批次 {batch}"), CancellationToken.None);

        var received = await ReceivedAsync(2);
        Assert.Equal(2, received.Select(r => r.Session).Distinct().Count());
    }

    private IConfiguration Config() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = _port.ToString(),
        ["Smtp:Security"] = "None",
    }).Build();

    private static MimeMessage Message(string to, string subject)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("noreply@wq.example.cn"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = subject };
        return message;
    }

    private async Task<List<(Guid Session, MimeMessage Message)>> ReceivedAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_received.Count < count && DateTime.UtcNow < deadline) await Task.Delay(20);
        await Task.Delay(100); // anything beyond the expected count would show up now
        return [.. _received];
    }

    // The server binds inside StartAsync; a bare TCP connect that is closed at once carries no message.
    private static async Task ListeningAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException($"The test SMTP server did not listen on port {port}");
    }

    private sealed class Store(ConcurrentQueue<(Guid, MimeMessage)> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue((context.SessionId, await MimeMessage.LoadAsync(stream, cancellationToken)));
            return SmtpResponse.Ok;
        }
    }

    /// <summary>Refuses one recipient, as a busy or unknown mailbox would be.</summary>
    private sealed class RefuseOne : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!string.Equals($"{to.User}@{to.Host}", Refused, StringComparison.OrdinalIgnoreCase));
    }
}
