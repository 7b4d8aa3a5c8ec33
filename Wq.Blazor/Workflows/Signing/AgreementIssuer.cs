using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Infrastructure;
using Wq.Blazor.Infrastructure.Pdf;
using Terms = Wq.Blazor.Infrastructure.Pdf.AgreementTerms;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>
/// The 电子就业协议书 in two halves. <see cref="QueueAsync"/> runs in the deciding transaction: it
/// fixes the verification code and writes a <see cref="PdfJob"/>, so the decision and the promise of
/// its document commit together. <see cref="RenderAsync"/> runs after commit, outside the write
/// lock (<see cref="PdfJobProcessor"/>), from committed data only: the timeline is the audit rows.
/// </summary>
public sealed class AgreementIssuer(AgreementPdfRenderer renderer, PublicUrl publicUrl, PdfJobSignal signal)
{
    public async Task QueueAsync(TransitionScope scope, Agreement agreement)
    {
        if (agreement.PdfAttachmentId is not null) return; // immutable once issued
        agreement.VerificationCode ??= AgreementNumbers.NewVerificationCode();
        const PdfJobKind kind = PdfJobKind.AgreementDocument;
        if (!await JobExists(scope.Db, agreement.Id, kind))
            scope.Db.PdfJobs.Add(new PdfJob { AgreementId = agreement.Id, Kind = kind, CreatedAt = scope.Now, NextAttemptAt = scope.Now });
        scope.AfterCommit(signal.Wake);
    }

    private static readonly Func<WqDbContext, long, PdfJobKind, Task<bool>> JobExists =
        EF.CompileAsyncQuery((WqDbContext db, long agreementId, PdfJobKind kind) => db.PdfJobs.Any(j => j.AgreementId == agreementId && j.Kind == kind));

    /// <summary>The PDF's bytes; <paramref name="issuedAt"/> is the decision's time, so a re-render prints the same date.</summary>
    public async Task<byte[]> RenderAsync(WqDbContext db, Agreement agreement, DateTimeOffset issuedAt, CancellationToken ct = default) =>
        renderer.Render(await BuildAsync(db, agreement, issuedAt, ct));

    public static string FileName(Agreement a) => $"电子就业协议书-{a.Number}.pdf";

    private async Task<AgreementDocument> BuildAsync(WqDbContext db, Agreement a, DateTimeOffset issuedAt, CancellationToken ct)
    {
        var g = await db.Graduates.AsNoTracking().Include(x => x.School).Include(x => x.Department).FirstAsync(x => x.Id == a.GraduateId, ct);
        var timeline = await AgreementTimeline.LoadAsync(db, a.Id);
        var e = a.EmployerInfo;
        var t = a.Terms;
        return new AgreementDocument(
            a.Number!, ChannelLabel(a.Channel), ForPrinting: a.Channel == AgreementChannel.Offline,
            new AgreementGraduate(g.Name, g.Gender == Gender.Male ? "男" : "女", Masking.MaskIdNumber(g.IdNumber)!, g.StudentNo,
                g.School!.Name, g.Department!.Name, g.Major, g.Level.Label(), g.GraduationYear, Masking.MaskPhone(g.Phone)!),
            new AgreementEmployer(e.Name, e.CreditCode, EmployerNatures.All.NameOf(e.NatureCode) ?? "",
                Industries.All.NameOf(e.IndustryCode) ?? "", Regions.FullName(e.RegionCode) ?? "", e.ContactPerson, e.ContactPhone, e.Address),
            new AgreementSchool(g.School.Name, g.School.EmploymentOffice),
            new Terms(t.PositionTitle, JobCategories.All.NameOf(t.JobCategoryCode) ?? "", t.WorkLocation, t.MonthlySalary,
                t.ProbationMonths, ArchiveReceivers.All.NameOf(t.ArchiveReceiver) ?? "", t.ArchiveUnit ?? "", t.ArchiveAddress ?? "",
                t.HukouTransfer, t.HukouAddress ?? "", t.OtherTerms ?? ""),
            timeline.Select(x => new AgreementTimelineEntry(x.At, x.Text)).ToList(),
            a.VerificationCode!, publicUrl.Verify(a.Number!, a.VerificationCode!), issuedAt);
    }

    public static string ChannelLabel(AgreementChannel c) => c switch
    {
        AgreementChannel.Online => "线上签约",
        AgreementChannel.Offline => "线下签约",
        _ => "已签协议登记",
    };
}
