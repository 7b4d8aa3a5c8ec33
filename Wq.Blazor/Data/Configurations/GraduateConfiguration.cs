using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wq.Blazor.Data.Configurations;

internal sealed class GraduateConfiguration : IEntityTypeConfiguration<Graduate>
{
    public void Configure(EntityTypeBuilder<Graduate> b)
    {
        b.Property(g => g.StudentNo).HasMaxLength(32).IsRequired();
        b.Property(g => g.Name).HasMaxLength(50).IsRequired();
        b.Property(g => g.IdNumber).HasMaxLength(18).IsRequired();
        b.Property(g => g.Phone).HasMaxLength(20);
        b.Property(g => g.Major).HasMaxLength(100);
        b.Property(g => g.Origin).HasMaxLength(100);
        b.Property(g => g.Version).IsConcurrencyToken();
        b.HasIndex(g => new { g.SchoolId, g.StudentNo }).IsUnique();
        b.HasIndex(g => new { g.IdNumber, g.GraduationYear }).IsUnique();
        // One account per roster entry.
        b.HasIndex(g => g.UserId).IsUnique().HasFilter("\"UserId\" IS NOT NULL");
        b.HasIndex(g => new { g.SchoolId, g.DepartmentId });
        // The reviewer workspace's major filter lists a school's distinct majors (ADR 0019).
        b.HasIndex(g => new { g.SchoolId, g.Major, g.DepartmentId });
        b.HasOne(g => g.School).WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(g => g.Department).WithMany().HasForeignKey(g => g.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<CorrectionRequest> b)
    {
        b.Property(c => c.Description).HasMaxLength(1000).IsRequired();
        b.Property(c => c.Resolution).HasMaxLength(1000);
        b.Ignore(c => c.IsOpen);
        b.HasOne(c => c.Graduate).WithMany().HasForeignKey(c => c.GraduateId);
    }
}
