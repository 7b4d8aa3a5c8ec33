namespace Wq.Blazor.Domain.Model;

public enum AttachmentKind
{
    BusinessLicence = 1,
    AgreementPdf = 2,
    StampedAgreement = 3,
    PaperAgreement = 4,
    TerminationLetter = 5,
    DestinationProof = 6,
}

/// <summary>An uploaded or generated file. The bytes live in the file store under <see cref="StoredName"/>.</summary>
public class Attachment
{
    public long Id { get; set; }
    public AttachmentKind Kind { get; set; }
    /// <summary>The record the file belongs to, e.g. "Agreement:12" or "Employer:3".</summary>
    public string OwnerRef { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public string StoredName { get; set; } = "";
    public string UploadedByUserId { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
}
