using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Infrastructure.Files;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Offline;

/// <summary>What the employer sees through a live link: the agreement with the graduate's data masked.</summary>
public sealed record EmployerLinkView(long AgreementId, string? Number, string MaskedGraduateName, string SchoolName,
    string DepartmentName, string EmployerName, string PositionTitle, string StateLabel, DateTimeOffset ExpiresAt, string? Opinion);

/// <summary>
/// 用人单位协助回传协议书 (guide §5.3): the graduate makes a link; the employer, without an account,
/// opens it, downloads the agreement to stamp and uploads the scan. The token (160 random bits)
/// is the only credential and works for one agreement; only its hash is stored.
/// </summary>
public sealed class EmployerLinkService(IDbContextFactory<WqDbContext> dbFactory, WorkflowRunner runner, FileStore files, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Makes a new link for the graduate's approved agreement; older unused links die.</summary>
    public Task<OpResult<string>> CreateAsync(ActorContext actor, long agreementId) =>
        runner.RunAsync(actor, async scope =>
        {
            var (a, mode) = await OfflineAgreements.LoadOwnAsync(scope, agreementId, AgreementChannel.Offline);
            if (!OfflineSigningWorkflow.Table.Allowed(a.State, Actor.EmployerLink, mode).Contains(AgreementTrigger.UploadStamped))
                throw new WorkflowRefusal("只有就业协议审核通过(或回传退回修改)后才能请用人单位协助回传");
            var older = await scope.Db.EmployerUploadLinks
                .Where(l => l.AgreementId == a.Id && l.UsedAt == null && l.RevokedAt == null).ToListAsync();
            foreach (var l in older) l.RevokedAt = scope.Now;
            var token = AgreementNumbers.NewVerificationCode();
            scope.Db.EmployerUploadLinks.Add(new EmployerUploadLink
            {
                AgreementId = a.Id, TokenHash = Hash(token), AgreementVersion = a.Version, CreatedByUserId = actor.UserId,
                CreatedAt = scope.Now, ExpiresAt = scope.Now + Lifetime,
            });
            scope.Audit(a.Ref, AuditAction.CreateEmployerUploadLink, reason: "生成用人单位协助回传链接,有效期7天");
            return token;
        });

    /// <summary>The masked summary behind a live link, or why the link no longer works.</summary>
    public async Task<OpResult<EmployerLinkView>> OpenAsync(long agreementId, string? token)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var (link, problem) = await FindAsync(db, agreementId, token, clock.GetUtcNow());
        if (problem is not null) return OpResult<EmployerLinkView>.Fail(problem);
        var v = await db.Agreements.AsNoTracking().Where(a => a.Id == link!.AgreementId).Select(a => new
        {
            a.Id, a.Number, a.Graduate!.Name, School = a.Graduate.School!.Name, Dept = a.Graduate.Department!.Name,
            Employer = a.EmployerInfo.Name, a.Terms.PositionTitle, a.State, a.Channel, a.LastOpinion,
        }).FirstAsync();
        return OpResult<EmployerLinkView>.Of(new EmployerLinkView(v.Id, v.Number, Masking.MaskName(v.Name)!, v.School, v.Dept,
            v.Employer, v.PositionTitle, AgreementStates.Label(v.State, v.Channel), link!.ExpiresAt,
            v.State == AgreementState.SigningReturned ? v.LastOpinion : null));
    }

    /// <summary>The printable agreement PDF behind a live link, or null.</summary>
    public async Task<AttachmentDownload?> OpenPdfAsync(long agreementId, string? token)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var (link, problem) = await FindAsync(db, agreementId, token, clock.GetUtcNow());
        if (problem is not null) return null;
        var pdf = await db.Agreements.Where(a => a.Id == link!.AgreementId)
            .Join(db.Attachments, a => a.PdfAttachmentId, f => (long?)f.Id, (a, f) => f).AsNoTracking().FirstOrDefaultAsync();
        return pdf is null ? null : new AttachmentDownload(files.OpenRead(pdf.StoredName), pdf.ContentType, pdf.FileName);
    }

    /// <summary>
    /// The employer's upload: uses the link up and moves the agreement to 签约审核 in one transaction.
    /// Racing uploads queue on the write lock; the first uses the link, the rest find it used.
    /// </summary>
    public async Task<OpResult<bool>> UploadAsync(long agreementId, string? token, IReadOnlyList<IncomingFile> scans, string? ip,
        CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            if ((await FindAsync(db, agreementId, token, clock.GetUtcNow())).Problem is { } early) return OpResult<bool>.Fail(early);
        var (stored, error) = await ScanUploads.StoreAsync(files, scans, "盖章后的协议书扫描件", ct);
        if (error is not null) return OpResult<bool>.Fail(error);
        var actor = new ActorContext("", "用人单位(协助回传)", Roles.Employer, Ip: ip);
        var result = await runner.RunAsync(actor, async scope =>
        {
            var (link, problem) = await FindAsync(scope.Db, agreementId, token, scope.Now);
            if (problem is not null) throw new WorkflowRefusal(problem);
            var a = await scope.Db.Agreements.FirstAsync(x => x.Id == link!.AgreementId);
            var mode = await AgreementAccess.ModeAsync(scope, a.SchoolId);
            link!.UsedAt = scope.Now;
            await scope.MoveAsync(a, OfflineSigningWorkflow.Table, AgreementTrigger.UploadStamped, Actor.EmployerLink, mode,
                "用人单位协助回传协议书", link.AgreementVersion);
            ScanUploads.Attach(scope, files, a.Ref, AttachmentKind.StampedAgreement, stored, "");
            await AgreementNotifier.NotifyGraduateAsync(scope, a, "用人单位已回传协议书", "用人单位已通过协助回传链接上传盖章协议书,等待学校(院系)签约审核。");
            AgreementNotifier.Publish(scope, a);
        }, ct: ct);
        if (!result.Ok) ScanUploads.Discard(files, stored);
        return result;
    }

    /// <summary>The link if it still works for this agreement, or why not (in Chinese).</summary>
    private static async Task<(EmployerUploadLink? Link, string? Problem)> FindAsync(WqDbContext db, long agreementId, string? token,
        DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64) return (null, Invalid);
        var hash = Hash(token.Trim());
        var link = await db.EmployerUploadLinks.FirstOrDefaultAsync(l => l.TokenHash == hash);
        if (link is null) return (null, Invalid);
        if (link.AgreementId != agreementId) return (null, "该链接不属于这份协议,请使用毕业生发送给你的完整链接");
        if (link.UsedAt is not null) return (null, "该链接已使用,协议书已回传。如需再次回传,请联系毕业生生成新的链接");
        if (link.RevokedAt is not null) return (null, "该链接已失效:毕业生已生成新的链接,请使用最新的链接");
        if (now >= link.ExpiresAt) return (null, "该链接已过期(有效期7天),请联系毕业生重新生成链接");
        var version = await db.Agreements.Where(a => a.Id == agreementId).Select(a => a.Version).FirstAsync();
        if (version != link.AgreementVersion) return (null, "该协议的状态已变化,此链接已失效。如需回传,请联系毕业生重新生成链接");
        return (link, null);
    }

    private const string Invalid = "链接无效,请核对毕业生发送给你的链接";

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
