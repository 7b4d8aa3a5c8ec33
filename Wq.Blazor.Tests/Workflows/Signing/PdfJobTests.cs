using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;
using Wq.Blazor.Infrastructure.Live;
using Wq.Blazor.Infrastructure.Pdf;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>
/// The agreement PDF is rendered after the decision commits (ADR 0005): the decision carries a job
/// row and the verification code, the worker issues the document later, survives a crash between
/// the two, and running it twice issues one document.
/// </summary>
public sealed class PdfJobTests
{
    [Fact]
    public async Task The_job_row_and_the_code_commit_with_the_decision_and_the_page_shows_generating()
    {
        await using var app = await StartAsync();
        var (graduate, id) = await ApprovedWithoutPdfAsync(app);

        var a = await app.AgreementAsync(id);
        Assert.Equal(AgreementState.Signed, a.State);
        Assert.NotNull(a.VerificationCode);
        Assert.Null(a.PdfAttachmentId);
        var job = Assert.Single(await JobsAsync(app, id));
        Assert.Equal((PdfJobKind.AgreementDocument, null, 0), (job.Kind, job.DoneAt, job.Attempts));
        var view = await app.Queries.GetAsync(graduate, id);
        Assert.True(view!.PdfPending);
        Assert.Equal(a.VerificationCode, view.VerificationCode);
    }

    [Fact]
    public async Task The_worker_renders_the_pdf_with_the_approvals_records_its_hash_and_tells_open_pages()
    {
        AgreementDocument? rendered = null;
        var renderer = new Mock<AgreementPdfRenderer> { CallBase = true };
        renderer.Setup(r => r.Render(It.IsAny<AgreementDocument>()))
            .Callback((AgreementDocument d) => rendered = d).CallBase();
        await using var app = await StartAsync(s => { s.RemoveAll<AgreementPdfRenderer>(); s.AddSingleton(renderer.Object); });
        var (graduate, id) = await ApprovedWithoutPdfAsync(app);
        var heard = new List<LiveEvent>();
        using var _ = app.Get<LiveUpdateBus>().Subscribe([LiveUpdateBus.RecordTopic(new RecordRef(RecordKind.Agreement, id))],
            e => { lock (heard) heard.Add(e); return Task.CompletedTask; });
        var version = (await app.AgreementAsync(id)).Version;

        Assert.Equal(1, await app.DrainPdfJobsAsync());

        var a = await app.AgreementAsync(id);
        Assert.Equal(version, a.Version); // issuing the document is not a move: open pages and links stay current
        var download = await app.Attachments.OpenAsync(graduate, a.PdfAttachmentId!.Value);
        using var bytes = new MemoryStream();
        await using (download!.Content) await download.Content.CopyToAsync(bytes);
        Assert.Equal(a.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray())));
        Assert.NotNull(Assert.Single(await JobsAsync(app, id)).DoneAt);
        Assert.False((await app.Queries.GetAsync(graduate, id))!.PdfPending);
        // The timeline is read from the committed audit rows, so both approvals are on the document.
        Assert.Contains(rendered!.Timeline, t => t.Text.StartsWith("院系审核通过"));
        Assert.Contains(rendered.Timeline, t => t.Text.StartsWith("学校审核通过"));
        // The bus runs handlers off the publisher's thread: on a loaded machine the event may land a moment later.
        for (var i = 0; i < 50 && Count(heard) == 0; i++) await Task.Delay(100);
        Assert.NotEqual(0, Count(heard));

        static int Count(List<LiveEvent> events) { lock (events) return events.Count; }
    }

    [Fact]
    public async Task A_crash_between_commit_and_render_is_healed_by_a_fresh_worker_at_start()
    {
        await using var app = await StartAsync();
        var (_, id) = await ApprovedWithoutPdfAsync(app);
        // The process died here: the decision and its job are committed, no document exists.

        var processor = ActivatorUtilities.CreateInstance<PdfJobProcessor>(app.Services);
        var worker = ActivatorUtilities.CreateInstance<PdfJobWorker>(app.Services, processor);
        await worker.StartAsync(CancellationToken.None); // no wake-up: the first run at start finds the job
        try
        {
            for (var i = 0; i < 100 && (await app.AgreementAsync(id)).PdfAttachmentId is null; i++) await Task.Delay(100);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
        Assert.NotNull((await app.AgreementAsync(id)).PdfAttachmentId);
        Assert.NotNull(Assert.Single(await JobsAsync(app, id)).DoneAt);
    }

    [Fact]
    public async Task Running_the_worker_twice_even_at_once_issues_one_document()
    {
        await using var app = await StartAsync();
        var (_, id) = await ApprovedWithoutPdfAsync(app);
        var pdfsBefore = PdfFiles(app);

        // Two instances (separate processors, as in two processes) race for the same job.
        var first = ActivatorUtilities.CreateInstance<PdfJobProcessor>(app.Services);
        var second = ActivatorUtilities.CreateInstance<PdfJobProcessor>(app.Services);
        await Task.WhenAll(first.RunDueAsync(), second.RunDueAsync());
        await app.DrainPdfJobsAsync();
        await using (var db = await app.DbAsync())
        {
            // Mark the job unfinished again, as if its done-marker had been lost: the rerun only marks it done.
            await db.PdfJobs.Where(j => j.AgreementId == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.DoneAt, (DateTimeOffset?)null));
        }
        await app.DrainPdfJobsAsync();

        await using var check = await app.DbAsync();
        var owner = $"Agreement:{id}";
        Assert.Single(await check.Attachments.Where(x => x.OwnerRef == owner && x.Kind == AttachmentKind.AgreementPdf).ToListAsync());
        Assert.Equal(pdfsBefore + 1, PdfFiles(app)); // the losing run deleted its file
        Assert.NotNull(Assert.Single(await JobsAsync(app, id)).DoneAt);
    }

    [Fact]
    public async Task A_second_job_for_the_same_document_is_refused_by_the_database()
    {
        await using var app = await StartAsync();
        var (_, id) = await ApprovedWithoutPdfAsync(app);
        await using var db = await app.DbAsync();
        db.PdfJobs.Add(new PdfJob { AgreementId = id, Kind = PdfJobKind.AgreementDocument, CreatedAt = app.Clock.GetUtcNow() });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    internal static async Task<SigningApp> StartAsync(Action<IServiceCollection>? overrides = null)
    {
        var app = SigningApp.With(overrides ?? (_ => { }));
        await app.InitializeAsync();
        return app;
    }

    /// <summary>Through both review levels to 签约成功, without draining the jobs.</summary>
    internal static async Task<(ActorContext Graduate, long Id)> ApprovedWithoutPdfAsync(SigningApp app)
    {
        var (graduate, _, id) = await app.PendingDepartmentReviewAsync();
        await app.DecideAsync(await app.ActorAsync("dept1"), id, ReviewDecision.Approve);
        await app.DecideAsync(await app.ActorAsync("school1"), id, ReviewDecision.Approve);
        return (graduate, id);
    }

    internal static async Task<List<PdfJob>> JobsAsync(SigningApp app, long id)
    {
        await using var db = await app.DbAsync();
        return await db.PdfJobs.AsNoTracking().Where(j => j.AgreementId == id).ToListAsync();
    }

    internal static int PdfFiles(SigningApp app) =>
        Directory.GetFiles(Directory.CreateDirectory(Path.Combine(app.DataDirectory, "files")).FullName, "*.pdf", SearchOption.AllDirectories).Length;
}
