namespace Wq.Blazor.Domain.Model;

/// <summary>Which generated document a <see cref="PdfJob"/> produces. Stored as the number: never renumber.</summary>
public enum PdfJobKind
{
    /// <summary>电子就业协议书: online at 签约成功, offline (for printing) at 就业协议审核通过.</summary>
    AgreementDocument = 1,
}

/// <summary>
/// A PDF still to render, written in the transaction of the decision that asks for it. The render
/// happens after commit (Workflows/Signing/PdfJobProcessor), so the 20–50 ms of PDFsharp never
/// hold SQLite's write lock; the row survives a crash and the next run picks it up.
/// </summary>
public class PdfJob
{
    public long Id { get; set; }
    public long AgreementId { get; set; }
    public PdfJobKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>When a failed job may be tried again (backoff); the creation time at first.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public string? LastError { get; set; }
}
