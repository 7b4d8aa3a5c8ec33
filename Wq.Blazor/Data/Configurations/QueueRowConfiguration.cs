using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wq.Blazor.Data.Configurations;

/// <summary>
/// The stored reviewer queue (ADR 0019). Every reviewer's scope starts with the school, so every
/// index does; the sort indexes end in the tie-breakers (kind, id), so a page is a walk of one index
/// that stops after the page, and a descending sort walks it backwards.
/// </summary>
internal sealed class QueueRowConfiguration : IEntityTypeConfiguration<QueueRow>
{
    public void Configure(EntityTypeBuilder<QueueRow> b)
    {
        b.HasKey(r => new { r.Kind, r.Id });
        b.Property(r => r.Kind).HasMaxLength(32);
        b.Property(r => r.GraduateName).HasMaxLength(50);
        b.Property(r => r.StudentNo).HasMaxLength(32);
        b.Property(r => r.DepartmentName).HasMaxLength(100);
        b.Property(r => r.Major).HasMaxLength(100);
        b.Property(r => r.Counterparty).HasMaxLength(100);
        b.Property(r => r.Summary).HasMaxLength(200);
        // A transition rewrites the rows of the graduates it touched.
        b.HasIndex(r => r.GraduateId);
        b.HasIndex(r => new { r.SchoolId, r.SubmittedAt, r.Kind, r.Id });
        b.HasIndex(r => new { r.SchoolId, r.GraduateName, r.Kind, r.Id });
        b.HasIndex(r => new { r.SchoolId, r.StudentNo, r.Kind, r.Id });
        b.HasIndex(r => new { r.SchoolId, r.DepartmentName, r.Kind, r.Id });
        b.HasIndex(r => new { r.SchoolId, r.Counterparty, r.Kind, r.Id });
        // Counts (tabs, totals) and the department reviewer's scope without touching the table.
        b.HasIndex(r => new { r.SchoolId, r.DepartmentId, r.Gate, r.Kind, r.Level, r.Major });
    }
}
