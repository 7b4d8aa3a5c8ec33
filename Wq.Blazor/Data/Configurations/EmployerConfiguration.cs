using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wq.Blazor.Data.Configurations;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> b)
    {
        b.Property(e => e.Name).HasMaxLength(100).IsRequired();
        b.Property(e => e.CreditCode).HasMaxLength(18).IsRequired();
        b.HasIndex(e => e.CreditCode).IsUnique();
        b.Property(e => e.ContactPerson).HasMaxLength(50);
        b.Property(e => e.ContactPhone).HasMaxLength(20);
        b.Property(e => e.Email).HasMaxLength(100);
        b.Property(e => e.Address).HasMaxLength(200);
        b.Property(e => e.CertificationNote).HasMaxLength(500);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => e.Certification);
    }
}
