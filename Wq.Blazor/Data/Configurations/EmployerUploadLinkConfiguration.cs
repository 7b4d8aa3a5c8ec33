using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wq.Blazor.Data.Configurations;

internal sealed class EmployerUploadLinkConfiguration : IEntityTypeConfiguration<EmployerUploadLink>
{
    public void Configure(EntityTypeBuilder<EmployerUploadLink> b)
    {
        b.Property(l => l.TokenHash).HasMaxLength(64);
        b.Property(l => l.CreatedByUserId).HasMaxLength(450);
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasIndex(l => l.AgreementId);
        b.HasOne<Agreement>().WithMany().HasForeignKey(l => l.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
