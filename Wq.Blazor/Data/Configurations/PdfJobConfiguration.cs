using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wq.Blazor.Data.Configurations;

internal sealed class PdfJobConfiguration : IEntityTypeConfiguration<PdfJob>
{
    public void Configure(EntityTypeBuilder<PdfJob> b)
    {
        b.Property(j => j.LastError).HasMaxLength(1000);
        // One document of a kind per agreement, even if two decisions raced to queue it.
        b.HasIndex(j => new { j.AgreementId, j.Kind }).IsUnique();
        // The worker's scan: unfinished jobs by due time.
        b.HasIndex(j => new { j.DoneAt, j.NextAttemptAt });
        b.HasOne<Agreement>().WithMany().HasForeignKey(j => j.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
