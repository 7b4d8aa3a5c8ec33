using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Infrastructure.Mail;
using Wq.Blazor.Tests.Workflows;

namespace Wq.Blazor.Tests.Infrastructure.Mail;

/// <summary>
/// One batch of the outbox: each user's address is found in one query (the account's own, else the
/// roster's or the organisation's contact address), the sent rows are recorded together, and a row
/// with nowhere to go is closed with its reason instead of being retried.
/// </summary>
[Collection(WorkflowsCollection.Name)]
public sealed class MailWorkerBatchTests(AppFixture app)
{
    [Fact]
    public async Task A_batch_finds_every_address_in_one_go_records_the_sent_and_closes_the_undeliverable()
    {
        var token = $"batch-{Guid.NewGuid():N}"; // ASCII, so it stays readable in the .eml body
        var subject = $"批量发送测试 {token}";
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await using (var db = app.NewDb())
        {
            string IdOf(string userName) => db.Users.Single(u => u.UserName == userName).Id;
            OutboxMail Mail(string? userId, string? to = null) =>
                new() { UserId = userId, ToAddress = to, Subject = subject, Body = token, CreatedAt = now, NextAttemptAt = now };
            db.OutboxMails.AddRange(
                Mail(IdOf("grad1")),                       // no own address: the roster's
                Mail(IdOf("emp1")),                        // no own address: the employer's contact address
                Mail(null, "someone@example.cn"),         // addressed directly (a binding code)
                Mail(IdOf("dept1")),                       // reviewers without any address: closed together,
                Mail(IdOf("school1")));                    // each with the reason
            await db.SaveChangesAsync();
        }

        var rows = await RecordedAsync(subject, 5);

        var sent = rows.Where(r => r.SentAt is not null).ToList();
        Assert.Equal(3, sent.Count);
        Assert.All(sent, r => Assert.Equal((1, (string?)null, (DateTimeOffset?)null), (r.Attempts, r.LastError, r.LeasedUntil)));
        var undeliverable = rows.Where(r => r.SentAt is null).ToList();
        Assert.Equal(2, undeliverable.Count);
        Assert.All(undeliverable, r => Assert.Equal((MailWorker.MaxAttempts, "no e-mail address on file", (DateTimeOffset?)null),
            (r.Attempts, r.LastError, r.LeasedUntil))); // closed, not retried

        var outbox = Path.Combine(app.DataDirectory, "outbox");
        var texts = Directory.GetFiles(outbox, "*.eml").Select(File.ReadAllText)
            .Where(t => t.Contains(token)).ToList();
        Assert.Equal(3, texts.Count);
        Assert.Contains(texts, t => t.Contains("To: 2023010101@stu.hxlg.edu.cn"));
        Assert.Contains(texts, t => t.Contains("To: hr110108@example.cn"));
        Assert.Contains(texts, t => t.Contains("To: someone@example.cn"));
    }

    private async Task<List<OutboxMail>> RecordedAsync(string subject, int count)
    {
        for (var i = 0; i < 100; i++)
        {
            app.Services.GetRequiredService<OutboxSignal>().Wake();
            await using var db = app.NewDb();
            var rows = await db.OutboxMails.AsNoTracking().Where(m => m.Subject == subject).ToListAsync();
            if (rows.Count == count && rows.All(r => r.Attempts > 0)) return rows;
            await Task.Delay(100);
        }
        throw new TimeoutException("the mail worker did not record the batch within 10 s");
    }
}
