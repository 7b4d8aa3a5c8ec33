using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wq.Blazor.Data.Configurations;

internal sealed class TerminationConfiguration : IEntityTypeConfiguration<Termination>
{
    public void Configure(EntityTypeBuilder<Termination> b)
    {
        b.Property(t => t.InitiatorRole).HasMaxLength(32);
        b.Property(t => t.ReasonCode).HasMaxLength(32);
        b.Property(t => t.Explanation).HasMaxLength(1000);
        b.Property(t => t.CounterpartyOpinion).HasMaxLength(500);
        b.Property(t => t.ReviewOpinion).HasMaxLength(500);
        b.Property(t => t.Version).IsConcurrencyToken();
        // One open termination per agreement: OpenAgreementId is set only while the request is open.
        b.HasIndex(t => t.OpenAgreementId).IsUnique().HasFilter("\"OpenAgreementId\" IS NOT NULL");
        b.HasIndex(t => new { t.SchoolId, t.State });
        // The queue projection reads a graduate's terminations after each transition (ADR 0019).
        b.HasIndex(t => new { t.GraduateId, t.State });
        b.HasOne(t => t.Agreement).WithMany().HasForeignKey(t => t.AgreementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DestinationRegistrationConfiguration : IEntityTypeConfiguration<DestinationRegistration>
{
    public void Configure(EntityTypeBuilder<DestinationRegistration> b)
    {
        b.Property(r => r.DestinationCode).HasMaxLength(8);
        b.Property(r => r.OrganisationName).HasMaxLength(100);
        b.Property(r => r.RegionCode).HasMaxLength(6);
        b.Property(r => r.Details).HasMaxLength(2000);
        b.Property(r => r.LastOpinion).HasMaxLength(500);
        b.Property(r => r.FieldsJson).HasMaxLength(4000);
        // One pending change per approved registration: OpenReplacementOf is set only while it waits.
        b.HasIndex(r => r.OpenReplacementOf).IsUnique().HasFilter("\"OpenReplacementOf\" IS NOT NULL");
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.GraduateId, r.State });
        b.HasIndex(r => new { r.SchoolId, r.State });
        b.HasOne(r => r.Graduate).WithMany().HasForeignKey(r => r.GraduateId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DestinationClaimConfiguration : IEntityTypeConfiguration<DestinationClaim>
{
    public void Configure(EntityTypeBuilder<DestinationClaim> b)
    {
        // The key IS the rule: one current destination per graduate (SPEC §3).
        b.HasKey(c => c.GraduateId);
        b.Property(c => c.GraduateId).ValueGeneratedNever();
        b.HasOne<Graduate>().WithOne().HasForeignKey<DestinationClaim>(c => c.GraduateId);
    }
}
