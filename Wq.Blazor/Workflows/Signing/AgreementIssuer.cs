using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Domain;
using Wq.Blazor.Domain.CodeTables;
using Wq.Blazor.Domain.Records;
using Wq.Blazor.Infrastructure;
using Wq.Blazor.Infrastructure.Files;
using Wq.Blazor.Infrastructure.Pdf;
using Terms = Wq.Blazor.Infrastructure.Pdf.AgreementTerms;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>
/// Generates the 电子就业协议书 once, when the agreement is signed: a verification code, the PDF
/// stored immutably, and its SHA-256 on the agreement, all in the signing transaction.
/// </summary>
public sealed class AgreementIssuer(AgreementPdfRenderer renderer, FileStore files, PublicUrl publicUrl)
{
    public async Task IssueAsync(TransitionScope scope, Agreement agreement)
    {
        if (agreement.PdfAttachmentId is not null) return; // immutable once issued
        agreement.VerificationCode ??= AgreementNumbers.NewVerificationCode();
        var document = await BuildAsync(scope, agreement);
        var bytes = renderer.Render(document);
        var stored = await files.SaveGeneratedAsync(bytes, FileSignature.Pdf, $"电子就业协议书-{agreement.Number}.pdf");
        scope.OnRollback(() => files.Delete(stored.StoredName));
        var attachment = new Attachment
        {
            Kind = AttachmentKind.AgreementPdf, OwnerRef = agreement.Ref.ToString(), FileName = stored.FileName,
            ContentType = stored.ContentType, Size = stored.Size, Sha256 = stored.Sha256, StoredName = stored.StoredName,
            UploadedByUserId = scope.Actor.UserId, UploadedAt = scope.Now,
        };
        scope.Db.Attachments.Add(attachment);
        await scope.Db.SaveChangesAsync();
        agreement.PdfAttachmentId = attachment.Id;
        agreement.PdfSha256 = stored.Sha256;
    }

    private async Task<AgreementDocument> BuildAsync(TransitionScope scope, Agreement a)
    {
        var g = await scope.Db.Graduates.AsNoTracking().Include(x => x.School).Include(x => x.Department).FirstAsync(x => x.Id == a.GraduateId);
        var timeline = await AgreementTimeline.LoadAsync(scope.Db, a.Id);
        var kind = StoredCode.Of(RecordKind.Agreement);
        timeline.AddRange(scope.AuditRows.Where(r => r.RecordType == kind && r.RecordId == a.Id.ToString())
            .Select(AgreementTimeline.Describe));
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
            a.VerificationCode!, publicUrl.Verify(a.Number!, a.VerificationCode!), scope.Now);
    }

    public static string ChannelLabel(AgreementChannel c) => c switch
    {
        AgreementChannel.Online => "线上签约",
        AgreementChannel.Offline => "线下签约",
        _ => "已签协议登记",
    };
}
