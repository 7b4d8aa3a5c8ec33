using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Terminations;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>Reads of agreements, scoped per record: outside the scope there is nothing to see.</summary>
public sealed class AgreementQueries(IDbContextFactory<WqDbContext> dbFactory, TimeProvider clock, ILogger<AgreementQueries> log)
{
    /// <summary>
    /// What the lists below depend on besides their arguments: only the viewer's scope. Live pages
    /// with the same key share one run per event (LiveQueryCache).
    /// </summary>
    public static string? RowsKey(ActorContext actor) => RecordScope.Key(actor) is { } scope ? $"agreement-rows:{scope}" : null;

    public async Task<IReadOnlyList<AgreementRow>> ListForGraduateAsync(ActorContext actor)
    {
        if (!actor.IsGraduate) return [];
        await using var db = await dbFactory.CreateDbContextAsync();
        return await Rows(actor, db, db.Agreements.Visible(actor).OrderByDescending(a => a.Id));
    }

    /// <summary>Rows per page of the employer's list (/employer/invitations).</summary>
    public const int EmployerPageSize = 20;

    /// <summary>
    /// The key of one page of the employer's list: the scope (as <see cref="RowsKey"/>) plus the
    /// requested page and size, so watchers of different pages never share a result.
    /// </summary>
    public static string? EmployerPageKey(ActorContext actor, int page, int pageSize = EmployerPageSize) =>
        RowsKey(actor) is { } rows ? $"{rows}:page:{page}:{pageSize}" : null;

    /// <summary>
    /// One page of the employer's invitations and agreements, newest first, with the total count.
    /// An employer of a national service can have thousands, so the list is never read whole.
    /// A page number out of range (0, negative, past the end) gives the nearest existing page.
    /// </summary>
    public async Task<RowsPage<AgreementRow>> PageForEmployerAsync(ActorContext actor, int page, int pageSize = EmployerPageSize)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        if (!actor.IsEmployer) return new([], 0, 1, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync();
        var visible = db.Agreements.Visible(actor);
        var total = await visible.CountAsync();
        page = Math.Clamp(page, 1, RowsPage<AgreementRow>.PageCountOf(total, pageSize));
        var rows = await Rows(actor, db, visible.OrderByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize));
        return new(rows, total, page, pageSize);
    }

    public async Task<AgreementView?> GetAsync(ActorContext actor, long id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var a = await db.Agreements.AsNoTracking().Visible(actor).Include(x => x.Graduate).ThenInclude(g => g!.School)
            .Include(x => x.Graduate).ThenInclude(g => g!.Department).FirstOrDefaultAsync(x => x.Id == id);
        if (a is null)
        {
            log.OutOfScope(actor, new RecordRef(RecordKind.Agreement, id));
            return null;
        }
        var mode = await ReviewModes.OfSchoolAsync(db, a.SchoolId);
        var role = await ReviewerGate.TableActorAsync(db, actor, AgreementStates.ReviewLevel(a.State), a.DepartmentId, clock.GetUtcNow());
        var allowed = role is { } r ? AgreementWorkflows.For(a.Channel).Allowed(a.State, r, mode).ToList() : [];
        var now = clock.GetUtcNow();
        var blocker = actor.IsGraduate && a.State == AgreementState.Invited ? await CurrentDestination.BlockerForAgreementAsync(db, a.GraduateId) : null;
        var viewOnly = GraduateViewOnlyReason(actor, a.State, a.ExpiresAt, now, blocker);
        if (viewOnly is not null || ResponseService.IsPastDeadline(a, now)) allowed = [];
        var g = a.Graduate!;
        return new AgreementView(a.Id, a.Version, a.Number, a.Channel, a.State, AgreementStates.Label(a.State, a.Channel),
            EmployerNameMask.For(actor, a.State, g.Name), Masking.MaskIdNumber(g.IdNumber)!, g.StudentNo, g.School!.Name,
            g.Department!.Name, g.Major, g.Level.Label(), g.GraduationYear, a.EmployerInfo, a.Terms, a.ResponseDays, a.CreatedAt,
            // Issued at 签约成功 (online) or at 就业协议审核通过 (offline, for printing); none before.
            a.ExpiresAt, a.SignedAt, a.LastOpinion, a.PdfAttachmentId,
            actor.IsGraduate || actor.IsEmployer || actor.IsSchoolReviewer ? a.VerificationCode : null,
            await AgreementTimeline.LoadAsync(db, a.Id), allowed, viewOnly)
        {
            PdfPending = a.PdfAttachmentId is null && await db.PdfJobs.AnyAsync(j => j.AgreementId == a.Id && j.DoneAt == null),
        };
    }

    /// <summary>
    /// Why the graduate cannot answer this 待应约 invitation now, the same on its page and in the list: its window
    /// closed, else the one-employer rule's <paramref name="blocker"/>. Null for anyone else or anything else.
    /// </summary>
    private static string? GraduateViewOnlyReason(ActorContext actor, AgreementState state, DateTimeOffset? expiresAt, DateTimeOffset now, string? blocker) =>
        !actor.IsGraduate || state != AgreementState.Invited ? null
        : ResponseService.IsPastDeadline(state, expiresAt, now) ? ResponseService.ExpiredMessage
        : blocker;

    private async Task<IReadOnlyList<AgreementRow>> Rows(ActorContext actor, WqDbContext db, IQueryable<Agreement> ordered)
    {
        var rows = await ordered.AsNoTracking()
            .Select(a => new { a.Id, a.Number, a.State, a.Channel, a.Graduate!.Name, Employer = a.EmployerInfo.Name, a.Terms.PositionTitle, a.Terms.MonthlySalary, a.Terms.WorkLocation, a.CreatedAt, a.ExpiresAt })
            .ToListAsync();
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => r.Id).ToList();
        // A termination the other party applied for waits for this viewer's answer (线上解约: 同意 / 不同意).
        var awaitingViewer = actor.IsGraduate || actor.IsEmployer
            ? (await db.Terminations.Where(TerminationQueries.AwaitingAnswerFrom(actor.Role)).Where(t => ids.Contains(t.AgreementId))
                .Select(t => t.AgreementId).ToListAsync()).ToHashSet()
            : [];
        // The one-employer rule, once for the graduate's whole list: every 待应约 invitation is view-only while it holds.
        var blocker = actor.GraduateId is { } graduateId && rows.Any(r => r.State == AgreementState.Invited)
            ? await CurrentDestination.BlockerForAgreementAsync(db, graduateId)
            : null;
        var now = clock.GetUtcNow();
        return rows.Select(r => new AgreementRow(r.Id, r.Number, r.State, AgreementStates.Label(r.State, r.Channel), EmployerNameMask.For(actor, r.State, r.Name), r.Employer,
            r.PositionTitle, r.MonthlySalary, r.WorkLocation, r.CreatedAt, r.ExpiresAt)
        {
            ViewOnlyReason = GraduateViewOnlyReason(actor, r.State, r.ExpiresAt, now, blocker),
            TerminationAwaitsViewer = awaitingViewer.Contains(r.Id),
        }).ToList();
    }
}
