using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Infrastructure.Files;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>
/// Renders queued <see cref="PdfJob"/>s after their decision committed: read and render with no
/// transaction open (one document per core at a time), store the file, then one short
/// <see cref="WorkflowRunner"/> transaction records the attachments, the SHA-256s and the jobs as
/// done for up to <see cref="RecordBatch"/> documents at a time (each commit is an fsync and takes
/// the write lock reviewers are queuing for; ADR 0020).
/// Safe to run again at any point: a job whose agreement already has its PDF is only marked done,
/// and a file whose recording did not commit is deleted. A failure is retried with backoff; the
/// decision it belongs to is never undone.
/// </summary>
public sealed class PdfJobProcessor(
    IDbContextFactory<WqDbContext> dbFactory, WorkflowRunner runner, AgreementIssuer issuer, FileStore files,
    TimeProvider clock, ILogger<PdfJobProcessor> log)
{
    private const int BatchSize = 50;

    /// <summary>Documents rendered side by side and then recorded in one transaction (about a second of rendering).</summary>
    public const int RecordBatch = 10;

    // One run at a time in this process: the hosted worker and a caller draining by hand (tests,
    // benchmarks) would otherwise render the same job twice, harmlessly but for nothing.
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Runs every due job until none is left; returns how many were completed.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        await _one.WaitAsync(ct);
        try
        {
            var completed = 0;
            while (true)
            {
                var now = clock.GetUtcNow();
                List<long> due;
                await using (var db = await dbFactory.CreateDbContextAsync(ct))
                    due = await db.PdfJobs.Where(j => j.DoneAt == null && j.NextAttemptAt <= now)
                        .OrderBy(j => j.Id).Select(j => j.Id).Take(BatchSize).ToListAsync(ct);
                if (due.Count == 0) return completed;
                // A failed job moves its NextAttemptAt past now, so this loop always ends.
                completed += await RunAsync(due, ct);
            }
        }
        finally
        {
            _one.Release();
        }
    }

    private static readonly int RenderersAtOnce = Math.Max(1, Environment.ProcessorCount - 1);

    private async Task<int> RunAsync(IReadOnlyList<long> jobIds, CancellationToken ct)
    {
        var completed = 0;
        foreach (var chunk in jobIds.Chunk(RecordBatch))
        {
            // Rendering is CPU-bound and thread-safe, reading its own context: one per core, but one
            // core is left to the requests, so a drain never slows the decisions and pages behind it.
            var rendered = new RenderedJob?[chunk.Length];
            await Parallel.ForEachAsync(Enumerable.Range(0, chunk.Length),
                new ParallelOptions { MaxDegreeOfParallelism = RenderersAtOnce, CancellationToken = ct },
                async (i, token) => rendered[i] = await RenderAsync(chunk[i], token));
            completed += await RecordAllAsync(rendered.OfType<RenderedJob>().ToList(), ct);
        }
        return completed;
    }

    /// <summary>A job ready to record: its stored file, or null when the agreement already had its PDF.</summary>
    private sealed record RenderedJob(long JobId, StoredFile? File);

    /// <summary>Reads and renders one job with no transaction open; null (and the job failed) on an error.</summary>
    private async Task<RenderedJob?> RenderAsync(long jobId, CancellationToken ct)
    {
        StoredFile? stored = null;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var job = await db.PdfJobs.AsNoTracking().FirstAsync(j => j.Id == jobId, ct);
            var agreement = await db.Agreements.AsNoTracking().FirstAsync(a => a.Id == job.AgreementId, ct);
            if (agreement.PdfAttachmentId is null)
            {
                var bytes = await issuer.RenderAsync(db, agreement, job.CreatedAt, ct);
                stored = await files.SaveGeneratedAsync(bytes, FileSignature.Pdf, AgreementIssuer.FileName(agreement), ct);
            }
            return new RenderedJob(jobId, stored);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (stored is not null) files.Delete(stored.StoredName);
            await FailAsync(jobId, ex, ct);
            return null;
        }
    }

    /// <summary>Records <paramref name="rendered"/> in one transaction; returns how many jobs completed.</summary>
    private async Task<int> RecordAllAsync(IReadOnlyList<RenderedJob> rendered, CancellationToken ct)
    {
        if (rendered.Count == 0) return 0;
        var result = await runner.RunAsync(ActorContext.System, async scope =>
        {
            var surplus = new List<StoredFile>();
            foreach (var job in rendered)
                if (!await RecordAsync(scope, job.JobId, job.File) && job.File is not null) surplus.Add(job.File);
            return surplus;
        }, ct: ct);
        if (result.Ok)
        {
            foreach (var file in result.Value!) files.Delete(file.StoredName); // another run issued it first
            return rendered.Count;
        }
        // Nothing was recorded; the runner removed the files it had registered, this removes the rest.
        foreach (var job in rendered)
            if (job.File is not null) files.Delete(job.File.StoredName);
        if (rendered.Count == 1)
        {
            await FailAsync(rendered[0].JobId, new InvalidOperationException(result.Error), ct);
            return 0;
        }
        // One bad job must not hold back the others: each is rendered and recorded alone, so only it fails.
        var completed = 0;
        foreach (var job in rendered)
            if (await RenderAsync(job.JobId, ct) is { } again) completed += await RecordAllAsync([again], ct);
        return completed;
    }

    /// <summary>Returns false when the document already existed and <paramref name="stored"/> is surplus.</summary>
    private async Task<bool> RecordAsync(TransitionScope scope, long jobId, StoredFile? stored)
    {
        var job = await scope.Db.PdfJobs.FirstAsync(j => j.Id == jobId);
        var agreement = await scope.Db.Agreements.FirstAsync(a => a.Id == job.AgreementId);
        job.DoneAt ??= scope.Now;
        if (agreement.PdfAttachmentId is not null || stored is null) return false;
        scope.OnRollback(() => files.Delete(stored.StoredName));
        var attachment = new Attachment
        {
            Kind = AttachmentKind.AgreementPdf, OwnerRef = agreement.Ref.ToString(), FileName = stored.FileName,
            ContentType = stored.ContentType, Size = stored.Size, Sha256 = stored.Sha256, StoredName = stored.StoredName,
            UploadedByUserId = scope.Actor.UserId, UploadedAt = scope.Now,
        };
        scope.Db.Attachments.Add(attachment);
        await scope.Db.SaveChangesAsync();
        // A plain field update, not a move and not a Touch: the version is what users and upload
        // links were shown, and issuing the document changes nothing they decided on, so bumping it
        // would make a reviewer's open page or a fresh 协助回传 link stale for no reason.
        agreement.PdfAttachmentId = attachment.Id;
        agreement.PdfSha256 = stored.Sha256;
        AgreementNotifier.Publish(scope, agreement); // open pages swap 生成中 for the download
        return true;
    }

    private async Task FailAsync(long jobId, Exception ex, CancellationToken ct)
    {
        log.LogError(ex, "PDF job {Job} failed", jobId);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var attempts = await db.PdfJobs.Where(j => j.Id == jobId).Select(j => j.Attempts).FirstAsync(ct) + 1;
        var message = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
        await db.PdfJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Attempts, attempts).SetProperty(j => j.LastError, message)
            .SetProperty(j => j.NextAttemptAt, now + Backoff(attempts)), ct);
    }

    /// <summary>30 s, 1 min, 2 min … at most 1 h; never given up: a document that cannot render needs an operator, not silence.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));
}

/// <summary>Runs <see cref="PdfJobProcessor"/> at start (jobs left by a crash), when woken after a commit, and every few seconds.</summary>
public sealed class PdfJobWorker(PdfJobProcessor processor, PdfJobSignal signal, IConfiguration config, ILogger<PdfJobWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(config.GetValue("Pdf:PollSeconds", 5.0));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await processor.RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "PDF job run failed");
            }
            await signal.WaitAsync(poll, stoppingToken);
        }
    }
}
