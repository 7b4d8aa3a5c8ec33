using Microsoft.EntityFrameworkCore;
using MimeKit;
using Wq.Blazor.Data;

namespace Wq.Blazor.Infrastructure.Mail;

/// <summary>
/// Sends what the outbox holds: due rows are leased, sent and marked sent; a failure is retried
/// with exponential backoff (30 s, 1 min, 2 min … at most 1 h) up to <see cref="MaxAttempts"/>
/// times. Rows survive restarts, so a busy or absent mail server delays mail but never drops it.
/// </summary>
public sealed class MailWorker(OutboxSignal signal, IMailSender sender, IDbContextFactory<WqDbContext> dbFactory,
    IConfiguration config, PublicUrl publicUrl, TimeProvider clock, ILogger<MailWorker> log) : BackgroundService
{
    public const int MaxAttempts = 12;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(config.GetValue("Mail:PollSeconds", 5.0));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) > 0) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Mail outbox run failed");
            }
            await signal.WaitAsync(poll, stoppingToken);
        }
    }

    /// <summary>Sends one batch of due mail; returns how many rows it handled.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var due = await db.OutboxMails.Where(m => m.SentAt == null && m.Attempts < MaxAttempts && m.NextAttemptAt <= now
                                                  && (m.LeasedUntil == null || m.LeasedUntil < now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(50).ToListAsync(ct);
        var handled = 0;
        foreach (var id in due)
        {
            // Claim the row atomically: another instance that read the same id gets 0 rows here.
            var leaseEnd = now + Lease;
            var claimed = await db.OutboxMails.Where(m => m.Id == id && m.SentAt == null && (m.LeasedUntil == null || m.LeasedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntil, leaseEnd), ct);
            if (claimed == 0) continue;
            var mail = await db.OutboxMails.AsNoTracking().FirstAsync(m => m.Id == id, ct);
            string? error = null;
            var attempts = mail.Attempts + 1;
            try
            {
                var address = mail.ToAddress ?? await AddressOfAsync(db, mail.UserId, ct);
                if (address is null) (error, attempts) = ("no e-mail address on file", MaxAttempts); // nothing to retry
                else await sender.SendAsync(Compose(mail, address), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                error = ex.Message;
                log.LogWarning(ex, "Mail {Id} to user {User} failed (attempt {Attempt})", mail.Id, mail.UserId, mail.Attempts + 1);
            }
            var sentAt = error is null ? clock.GetUtcNow() : (DateTimeOffset?)null;
            var next = now + Backoff(attempts);
            await db.OutboxMails.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LastError, error)
                .SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
            handled++;
        }
        return handled;
    }

    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));

    private MimeMessage Compose(OutboxMail mail, string address)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(config["Smtp:From"] ?? "noreply@wq.example.cn"));
        message.To.Add(MailboxAddress.Parse(address));
        message.Subject = $"【网上签约】{mail.Subject}";
        var link = mail.Link is null ? "" : $"\n\n查看详情:{publicUrl.Base}{mail.Link}";
        message.Body = new TextPart("plain") { Text = $"{mail.Body}{link}\n\n(本邮件由系统自动发送,请勿回复)" };
        return message;
    }

    private static async Task<string?> AddressOfAsync(WqDbContext db, string? userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.GraduateId, u.EmployerId }).FirstOrDefaultAsync(ct);
        if (user is null) return null;
        if (!string.IsNullOrWhiteSpace(user.Email)) return user.Email;
        // Accounts without their own address fall back to the roster's or the organisation's contact address.
        if (user.GraduateId is { } g) return await db.Graduates.Where(x => x.Id == g).Select(x => x.Email).FirstOrDefaultAsync(ct);
        if (user.EmployerId is { } e) return await db.Employers.Where(x => x.Id == e).Select(x => x.Email).FirstOrDefaultAsync(ct);
        return null;
    }
}
