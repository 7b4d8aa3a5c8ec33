using Microsoft.EntityFrameworkCore;
using MimeKit;
using Wq.Blazor.Data;
using Wq.Blazor.Data.Provider;

namespace Wq.Blazor.Infrastructure.Mail;

/// <summary>
/// Sends what the outbox holds: due rows are leased, sent and marked sent; a failure is retried
/// with exponential backoff (30 s, 1 min, 2 min … at most 1 h) up to <see cref="MaxAttempts"/>
/// times. Rows survive restarts, so a busy or absent mail server delays mail but never drops it.
/// </summary>
public sealed class MailWorker(OutboxSignal signal, IMailSender sender, IDbContextFactory<WqDbContext> dbFactory, WriteGate writeGate,
    IConfiguration config, PublicUrl publicUrl, TimeProvider clock, ILogger<MailWorker> log) : BackgroundService
{
    public const int MaxAttempts = 12;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RecordEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan GatherFor = TimeSpan.FromMilliseconds(200);
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(config.GetValue("Mail:PollSeconds", 5.0));
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Mail outbox run failed");
            }
            if (handled == BatchSize) continue; // a backlog: keep going
            // Mail was just sent, so more is likely on its way (a batch review writes two per item):
            // let it gather instead of leasing one or two rows per write transaction.
            if (handled > 0) await Task.Delay(GatherFor, stoppingToken);
            else await signal.WaitAsync(poll, stoppingToken);
        }
    }

    /// <summary>
    /// Sends one batch of due mail; returns how many rows it handled. The batch is claimed in one
    /// transaction and the outcomes are recorded a second or so of sending at a time, in one
    /// transaction each: every commit is an fsync, and two per mail kept the write lock busy
    /// while reviewers were deciding (ADR 0020). A crash between sending and recording re-sends
    /// at most those mails once their lease ends, as it did one mail at a time before.
    /// </summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var batch = await ClaimAsync(db, now, ct);
        if (batch.Count == 0) return 0;
        var addresses = await AddressesAsync(db, batch.Where(m => m.ToAddress is null).Select(m => m.UserId), ct);
        var outcomes = new List<MailOutcome>();
        var sinceRecorded = System.Diagnostics.Stopwatch.StartNew();
        await using var session = await sender.OpenAsync(ct);
        foreach (var mail in batch)
        {
            string? error = null;
            var attempts = mail.Attempts + 1;
            try
            {
                var address = mail.ToAddress ?? addresses.GetValueOrDefault(mail.UserId ?? "");
                if (address is null) (error, attempts) = ("no e-mail address on file", MaxAttempts); // nothing to retry
                else await session.SendAsync(Compose(mail, address), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                error = ex.Message;
                log.LogWarning(ex, "Mail {Id} to user {User} failed (attempt {Attempt})", mail.Id, mail.UserId, mail.Attempts + 1);
            }
            outcomes.Add(new MailOutcome(mail.Id, attempts, error is null ? clock.GetUtcNow() : null, error, now + Backoff(attempts)));
            if (sinceRecorded.Elapsed < RecordEvery) continue;
            await RecordAsync(db, outcomes, ct);
            sinceRecorded.Restart();
        }
        await RecordAsync(db, outcomes, ct);
        return batch.Count;
    }

    private sealed record MailOutcome(long Id, int Attempts, DateTimeOffset? SentAt, string? Error, DateTimeOffset NextAttemptAt);

    /// <summary>
    /// Leases up to <see cref="BatchSize"/> due rows in one write transaction: another instance reading the same rows
    /// waits for the lock and then finds them leased.
    /// </summary>
    private async Task<List<OutboxMail>> ClaimAsync(WqDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        if (!await db.OutboxMails.AnyAsync(Due(now), ct)) return []; // the common idle poll takes no write lock
        await using var turn = await writeGate.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var batch = await db.OutboxMails.AsNoTracking().Where(Due(now)).OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
        var ids = batch.Select(m => m.Id).ToList();
        var leaseEnd = now + Lease;
        await db.OutboxMails.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntil, leaseEnd), ct);
        await tx.CommitAsync(ct);
        return batch;
    }

    private static System.Linq.Expressions.Expression<Func<OutboxMail, bool>> Due(DateTimeOffset now) =>
        m => m.SentAt == null && m.Attempts < MaxAttempts && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now);

    /// <summary>Stores the outcomes gathered so far in one transaction and clears the list.</summary>
    private async Task RecordAsync(WqDbContext db, List<MailOutcome> outcomes, CancellationToken ct)
    {
        if (outcomes.Count == 0) return;
        await using var turn = await writeGate.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Sent mail is recorded in one statement.
        var sent = outcomes.Where(o => o.SentAt is not null).Select(o => o.Id).ToList();
        var sentAt = outcomes.Max(o => o.SentAt);
        if (sent.Count > 0)
            await db.OutboxMails.Where(m => sent.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.LastError, (string?)null).SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
        // Failures share their attempt count, reason and next try when one cause (a server down, no address on
        // file) hit many mails of the batch: one statement per such group.
        foreach (var failed in outcomes.Where(o => o.SentAt is null).GroupBy(o => (o.Attempts, o.Error, o.NextAttemptAt)))
        {
            var ids = failed.Select(o => o.Id).ToList();
            var (attempts, error, next) = failed.Key;
            await db.OutboxMails.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.SentAt, (DateTimeOffset?)null).SetProperty(m => m.LastError, error)
                .SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
        }
        await tx.CommitAsync(ct);
        outcomes.Clear();
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

    /// <summary>
    /// Each user's address, in one query for the whole batch. Accounts without their own address fall back
    /// to the roster's (graduates) or the organisation's (employers) contact address.
    /// </summary>
    private static async Task<Dictionary<string, string?>> AddressesAsync(WqDbContext db, IEnumerable<string?> userIds, CancellationToken ct)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        if (ids.Count == 0) return [];
        var rows = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new
        {
            u.Id,
            Address = !string.IsNullOrWhiteSpace(u.Email) ? u.Email
                : u.GraduateId != null ? db.Graduates.Where(g => g.Id == u.GraduateId).Select(g => g.Email).FirstOrDefault()
                : db.Employers.Where(e => e.Id == u.EmployerId).Select(e => e.Email).FirstOrDefault(),
        }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => r.Address);
    }
}
