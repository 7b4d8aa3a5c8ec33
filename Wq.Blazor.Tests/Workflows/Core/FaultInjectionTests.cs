using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;
using Moq;
using Wq.Blazor.Infrastructure.Files;
using Wq.Blazor.Infrastructure.Mail;
using Wq.Blazor.Infrastructure.Pdf;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Workflows.Core;

/// <summary>
/// Faults injected with Moq where the real thing cannot be made to fail on demand: a disk that
/// fails, a save that fails after the PDF was written, a PDF renderer that throws, a mail server
/// that refuses. Each leaves nothing half-written; PDF failures never undo the decision (ADR 0005).
/// </summary>
public sealed class FaultInjectionTests
{
    [Fact]
    public async Task A_file_store_that_fails_keeps_the_decision_and_the_job_is_retried()
    {
        var root = Path.Combine(Path.GetTempPath(), "wq-tests", "faulty-files-" + Guid.NewGuid().ToString("N"));
        var store = new Mock<FileStore>(root, (IFileSync?)null) { CallBase = true };
        store.Setup(s => s.SaveGeneratedAsync(It.IsAny<byte[]>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("No space left on device"));
        await using var app = await PdfJobTests.StartAsync(s => { s.RemoveAll<FileStore>(); s.AddSingleton(store.Object); });
        var (_, id) = await PdfJobTests.ApprovedWithoutPdfAsync(app);

        // The PDF is no longer part of the decision: the decision stands, the job waits for the disk.
        Assert.Equal(0, await app.DrainPdfJobsAsync());
        Assert.Equal(AgreementState.Signed, (await app.AgreementAsync(id)).State);
        Assert.Null((await app.AgreementAsync(id)).PdfAttachmentId);
        var job = Assert.Single(await PdfJobTests.JobsAsync(app, id));
        Assert.Equal((1, (DateTimeOffset?)null), (job.Attempts, job.DoneAt));
        Assert.Contains("No space", job.LastError);
        Assert.Equal(app.Clock.GetUtcNow() + PdfJobProcessor.Backoff(1), job.NextAttemptAt);

        store.Reset(); // the disk has room again
        app.Clock.Advance(PdfJobProcessor.Backoff(1));
        Assert.Equal(1, await app.DrainPdfJobsAsync());
        Assert.NotNull((await app.AgreementAsync(id)).PdfAttachmentId);
    }

    [Fact]
    public async Task A_failure_while_recording_the_pdf_deletes_the_stored_file()
    {
        var fault = new FailPdfAttachment();
        await using var app = await PdfJobTests.StartAsync(s => s.ConfigureDbContext<Wq.Blazor.Data.WqDbContext>(o => o.AddInterceptors(fault)));
        var (_, id) = await PdfJobTests.ApprovedWithoutPdfAsync(app);
        var pdfsBefore = PdfJobTests.PdfFiles(app);
        var before = await app.WorldAsync(id);
        fault.Enabled = true;

        Assert.Equal(0, await app.DrainPdfJobsAsync());

        Assert.Equal(before, await app.WorldAsync(id));
        Assert.Equal(pdfsBefore, PdfJobTests.PdfFiles(app)); // written, then removed when the recording rolled back
        Assert.Equal(1, Assert.Single(await PdfJobTests.JobsAsync(app, id)).Attempts);

        // The same job without the fault does write the PDF: the file above was made and removed.
        fault.Enabled = false;
        app.Clock.Advance(PdfJobProcessor.Backoff(1));
        Assert.Equal(1, await app.DrainPdfJobsAsync());
        Assert.Equal(pdfsBefore + 1, PdfJobTests.PdfFiles(app));
    }

    [Fact]
    public async Task A_pdf_renderer_that_fails_keeps_the_decision_and_writes_no_file()
    {
        var renderer = new Mock<AgreementPdfRenderer> { CallBase = true };
        renderer.Setup(r => r.Render(It.IsAny<AgreementDocument>())).Throws(new InvalidOperationException("font missing"));
        await using var app = await PdfJobTests.StartAsync(s => { s.RemoveAll<AgreementPdfRenderer>(); s.AddSingleton(renderer.Object); });
        var (_, id) = await PdfJobTests.ApprovedWithoutPdfAsync(app);
        var before = await app.WorldAsync(id);

        Assert.Equal(0, await app.DrainPdfJobsAsync());

        Assert.Equal(before, await app.WorldAsync(id));
        Assert.Equal(AgreementState.Signed, before.State);
        Assert.Equal("font missing", Assert.Single(await PdfJobTests.JobsAsync(app, id)).LastError);
        renderer.Verify(r => r.Render(It.IsAny<AgreementDocument>()), Times.Once);
        // Not due again until the backoff has passed: a broken renderer is not hammered.
        Assert.Equal(0, await app.DrainPdfJobsAsync());
        renderer.Verify(r => r.Render(It.IsAny<AgreementDocument>()), Times.Once);
    }

    /// <summary>Fails the save that records an agreement PDF, as a full disk or a lost connection would.</summary>
    private sealed class FailPdfAttachment : SaveChangesInterceptor
    {
        public volatile bool Enabled;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (Enabled && eventData.Context!.ChangeTracker.Entries<Attachment>()
                    .Any(e => e.State == EntityState.Added && e.Entity.Kind == AttachmentKind.AgreementPdf))
                throw new IOException("disk I/O error");
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    [Fact]
    public async Task A_mail_server_that_refuses_keeps_the_action_and_the_mail_is_retried_from_the_outbox()
    {
        var sent = new List<MimeMessage>();
        var refusedOnce = new HashSet<string>();
        var session = new Mock<IMailSession>();
        // Each address is refused on its first try (the server is busy), accepted afterwards.
        session.Setup(s => s.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>()))
            .Returns((MimeMessage m, CancellationToken _) =>
            {
                lock (sent)
                {
                    if (refusedOnce.Add(m.To.ToString())) throw new MailKit.Net.Smtp.SmtpCommandException(
                        MailKit.Net.Smtp.SmtpErrorCode.MessageNotAccepted, MailKit.Net.Smtp.SmtpStatusCode.MailboxBusy, "busy");
                    sent.Add(m);
                }
                return Task.CompletedTask;
            });
        var sender = new Mock<IMailSender>();
        sender.Setup(s => s.OpenAsync(It.IsAny<CancellationToken>())).ReturnsAsync(session.Object);
        await using var app = SigningApp.With(s => { s.RemoveAll<IMailSender>(); s.AddSingleton(sender.Object); });
        await app.InitializeAsync();
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();

        var id = await app.InviteAsync(employer, graduate);
        await app.AcceptAsync(graduate, id); // mails the employer's staff (the organisation's address)

        Assert.Equal(AgreementState.PendingDepartmentReview, (await app.AgreementAsync(id)).State);
        var mail = await EventuallyAsync(app, db => db.OutboxMails.AsNoTracking().Where(m => m.UserId == employer.UserId && m.Attempts == 1));
        Assert.Null(mail.SentAt);
        Assert.Contains("busy", mail.LastError);
        Assert.Equal(mail.CreatedAt + MailWorker.Backoff(1), mail.NextAttemptAt);

        // After the backoff the worker sends it again, and this time it goes out.
        app.Clock.Advance(MailWorker.Backoff(1));
        app.Get<OutboxSignal>().Wake();
        mail = await EventuallyAsync(app, db => db.OutboxMails.AsNoTracking().Where(m => m.Id == mail.Id && m.SentAt != null));
        Assert.Equal(2, mail.Attempts);
        lock (sent) Assert.Contains(sent, m => (m.Subject ?? "").Contains("毕业生已接受签约邀请"));
    }

    private static async Task<OutboxMail> EventuallyAsync(SigningApp app, Func<Wq.Blazor.Data.WqDbContext, IQueryable<OutboxMail>> query)
    {
        for (var i = 0; i < 100; i++)
        {
            await using var db = await app.DbAsync();
            if (await query(db).FirstOrDefaultAsync() is { } found) return found;
            app.Get<OutboxSignal>().Wake();
            await Task.Delay(100);
        }
        throw new TimeoutException("the outbox row never reached the expected state");
    }
}
