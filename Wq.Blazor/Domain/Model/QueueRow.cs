namespace Wq.Blazor.Domain.Model;

/// <summary>
/// One record waiting at a review gate, as the reviewer workspace lists it. The queue sources
/// (Workflows/Workspace) project every kind into this one shape; the QueueRows table keeps that
/// projection stored, rewritten by the transition that changes a graduate's records or roster
/// entry (ADR 0019), so the grid filters, sorts and counts one indexed table instead of a union.
/// A class with setters, not a record: EF needs member-init projections identical on every side of a Concat.
/// </summary>
public sealed class QueueRow : IGraduateRecord
{
    /// <summary>
    /// The stored row's own number, stable across VACUUM and backups: the keyword index (QueueSearch) refers
    /// to it. Sources leave it 0; the table assigns it.
    /// </summary>
    public long RowId { get; set; }
    /// <summary>The workspace kind (ReviewKinds), e.g. "online-signing"; with <see cref="Id"/> unique.</summary>
    public string Kind { get; set; } = "";
    /// <summary>The record's id in its own table.</summary>
    public long Id { get; set; }
    public int Version { get; set; }
    public int GraduateId { get; set; }
    public int SchoolId { get; set; }
    public string GraduateName { get; set; } = "";
    public string StudentNo { get; set; } = "";
    public int DepartmentId { get; set; }
    public string DepartmentName { get; set; } = "";
    public string Major { get; set; } = "";
    public EducationLevel Level { get; set; }
    public string Counterparty { get; set; } = "";
    /// <summary>The record's own state enum as a number; only the source of <see cref="Kind"/> can label it.</summary>
    public int State { get; set; }
    /// <summary>The gate the item waits at (<see cref="ReviewLevel"/>).</summary>
    public ReviewLevel Gate { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string Summary { get; set; } = "";
}
