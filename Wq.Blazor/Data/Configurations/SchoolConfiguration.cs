using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wq.Blazor.Data.Configurations;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> b)
    {
        b.Property(s => s.Code).HasMaxLength(5).IsRequired();
        b.HasIndex(s => s.Code).IsUnique();
        b.Property(s => s.Name).HasMaxLength(100).IsRequired();
        b.Property(s => s.EmploymentOffice).HasMaxLength(100);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(d => d.Name).HasMaxLength(100).IsRequired();
        b.HasIndex(d => new { d.SchoolId, d.Name }).IsUnique();
        b.HasOne(d => d.School).WithMany(s => s.Departments).HasForeignKey(d => d.SchoolId);
    }
}
