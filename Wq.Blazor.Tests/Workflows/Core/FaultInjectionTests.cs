using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;
using Moq;
using Wq.Blazor.Infrastructure.Files;
using Wq.Blazor.Infrastructure.Mail;
using Wq.Blazor.Infrastructure.Pdf;
using Wq.Blazor.Tests.Signing;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Tests.Workflows.Core;

/// <summary>
/// Faults injected with Moq where the real thing cannot be made to fail on demand: a disk that
/// fails after the bytes are written, a PDF renderer that throws, a mail server that refuses.
/// Each leaves nothing half-written and the user a message instead of an error page.
/// </summary>
public sealed class FaultInjectionTests
{
    [Fact]
    public async Task A_file_store_that_fails_after_the_move_was_written_rolls_the_move_back()
    {
        var root = Path.Combine(Path.GetTempPath(), "wq-tests", "faulty-files-" + Guid.NewGuid().ToString("N"));
        var store = new Mock<FileStore>(root, (IFileSync?)null) { CallBase = true };
        store.Setup(s => s.SaveGeneratedAsync(It.IsAny<byte[]>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("No space left on device"));
        await using var app = SigningApp.With(s => { s.RemoveAll<FileStore>(); s.AddSingleton(store.Object); });
        await app.InitializeAsync();
        var (_, _, id) = await app.PendingDepartmentReviewAsync();
        await app.DecideAsync(await app.ActorAsync("dept1"), id, ReviewDecision.Approve);
        var before = await app.WorldAsync(id);

        // The move to 签约成功 is already written in the transaction when the PDF is stored.
        var result = await app.Reviews.DecideAsync(await app.ActorAsync("school1"),
            new ReviewCommand(ReviewKinds.OnlineSigning, id, ReviewDecision.Approve, null, before.Version));

        Assert.False(result.Ok);
        Assert.Equal(WorkflowRunner.UnexpectedMessage, result.Error);
        Assert.Equal(before, await app.WorldAsync(id));
        Assert.Equal(AgreementState.PendingSchoolReview, before.State);
    }

    [Fact]
    public async Task A_failure_after_the_pdf_was_stored_removes_the_file_and_the_rows()
    {
        var links = new Mock<IRecordLinks>();
        links.Setup(l => l.For(It.IsAny<RecordRef>(), It.IsAny<string>())).Returns("/x");
        await using var app = SigningApp.With(s => { s.RemoveAll<IRecordLinks>(); s.AddSingleton(links.Object); });
        await app.InitializeAsync();
        var (_, _, id) = await app.PendingDepartmentReviewAsync();
        await app.DecideAsync(await app.ActorAsync("dept1"), id, ReviewDecision.Approve);
        var before = await app.WorldAsync(id);
        var files = Directory.CreateDirectory(Path.Combine(app.DataDirectory, "files")).FullName;
        var pdfsBefore = Directory.GetFiles(files, "*.pdf", SearchOption.AllDirectories).Length;
        // The notices are written last, after the PDF file and its attachment row: fail there.
        links.Setup(l => l.For(It.IsAny<RecordRef>(), It.IsAny<string>())).Throws(new InvalidOperationException("late failure"));

        var result = await app.Reviews.DecideAsync(await app.ActorAsync("school1"),
            new ReviewCommand(ReviewKinds.OnlineSigning, id, ReviewDecision.Approve, null, before.Version));

        Assert.False(result.Ok);
        Assert.Equal(before, await app.WorldAsync(id));
        Assert.Equal(pdfsBefore, Directory.GetFiles(files, "*.pdf", SearchOption.AllDirectories).Length);

        // The same decision without the fault does write the PDF: the file above was made and removed.
        links.Setup(l => l.For(It.IsAny<RecordRef>(), It.IsAny<string>())).Returns("/x");
        await app.DecideAsync(await app.ActorAsync("school1"), id, ReviewDecision.Approve);
        Assert.Equal(pdfsBefore + 1, Directory.GetFiles(files, "*.pdf", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task A_pdf_renderer_that_fails_leaves_everything_as_it_was()
    {
        var renderer = new Mock<AgreementPdfRenderer> { CallBase = true };
        renderer.Setup(r => r.Render(It.IsAny<AgreementDocument>())).Throws(new InvalidOperationException("font missing"));
        await using var app = SigningApp.With(s => { s.RemoveAll<AgreementPdfRenderer>(); s.AddSingleton(renderer.Object); });
        await app.InitializeAsync();
        var (_, _, id) = await app.PendingDepartmentReviewAsync();
        await app.DecideAsync(await app.ActorAsync("dept1"), id, ReviewDecision.Approve);
        var before = await app.WorldAsync(id);

        var result = await app.Reviews.DecideAsync(await app.ActorAsync("school1"),
            new ReviewCommand(ReviewKinds.OnlineSigning, id, ReviewDecision.Approve, null, before.Version));

        Assert.False(result.Ok);
        Expect.Chinese(result.Error);
        Assert.Equal(before, await app.WorldAsync(id));
        renderer.Verify(r => r.Render(It.IsAny<AgreementDocument>()), Times.Once);
    }

    [Fact]
    public async Task A_mail_server_that_refuses_keeps_the_action_and_the_mail_is_retried_from_the_outbox()
    {
        var sent = new List<MimeMessage>();
        var refusedOnce = new HashSet<string>();
        var sender = new Mock<IMailSender>();
        // Each address is refused on its first try (the server is busy), accepted afterwards.
        sender.Setup(s => s.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>()))
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
