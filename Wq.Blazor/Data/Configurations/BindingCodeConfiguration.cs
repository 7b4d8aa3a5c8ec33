using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wq.Blazor.Data.Configurations;

internal sealed class BindingCodeConfiguration : IEntityTypeConfiguration<BindingCode>
{
    public void Configure(EntityTypeBuilder<BindingCode> b)
    {
        b.Property(c => c.Salt).HasMaxLength(32);
        b.Property(c => c.CodeHash).HasMaxLength(64);
        b.HasOne<Graduate>().WithMany().HasForeignKey(c => c.GraduateId).OnDelete(DeleteBehavior.Cascade);
        // The look-up at each try: the graduate's live code.
        b.HasIndex(c => new { c.GraduateId, c.UsedAt });
    }
}
