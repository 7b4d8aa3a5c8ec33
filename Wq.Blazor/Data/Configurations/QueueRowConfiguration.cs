using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wq.Blazor.Data.Configurations;

/// <summary>
/// The stored reviewer queue (ADR 0019). Every reviewer's scope starts with the school, so every
/// index does. The sort indexes end in the tie-breakers (kind, id), so a page is a walk of one index
/// that stops after the page; a descending sort walks it backwards, sorting only within ties, except
/// where ties are whole departments or kinds, which have a descending index of their own. Keyword
/// search goes through the QueueSearch trigram index the migration creates (not part of the EF model).
/// </summary>
internal sealed class QueueRowConfiguration : IEntityTypeConfiguration<QueueRow>
{
    public void Configure(EntityTypeBuilder<QueueRow> b)
    {
        b.HasKey(r => r.RowId);
        b.HasIndex(r => new { r.Kind, r.Id }).IsUnique();
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
        b.HasIndex(r => new { r.SchoolId, r.Counterparty, r.Kind, r.Id });
        b.HasIndex(r => new { r.SchoolId, r.DepartmentName, r.Kind, r.Id });
        b.HasIndex(r => new { r.SchoolId, r.DepartmentName, r.Kind, r.Id }, "IX_QueueRows_SchoolId_DepartmentName_Descending")
            .IsDescending(false, true, false, false);
        b.HasIndex(r => new { r.SchoolId, r.Kind, r.Id }, "IX_QueueRows_SchoolId_Kind_Descending").IsDescending(false, true, false);
        // By kind, with the filter columns: the tabs' counts (GROUP BY kind) read only this index; so do kind-sorted pages.
        b.HasIndex(r => new { r.SchoolId, r.Kind, r.Id, r.Gate, r.DepartmentId, r.Level, r.Major });
        // By department: the department reviewer's scope and the filter bar's department, level and major.
        b.HasIndex(r => new { r.SchoolId, r.DepartmentId, r.Level, r.Major, r.Gate, r.Kind });
    }
}
