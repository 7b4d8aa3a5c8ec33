using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wq.Blazor.Data.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> b)
    {
        b.Property(a => a.Number).HasMaxLength(16);
        b.HasIndex(a => a.Number).IsUnique().HasFilter("\"Number\" IS NOT NULL");
        b.Property(a => a.VerificationCode).HasMaxLength(40);
        b.Property(a => a.PdfSha256).HasMaxLength(64);
        b.Property(a => a.LastOpinion).HasMaxLength(500);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.GraduateId, a.State });
        b.HasIndex(a => new { a.EmployerId, a.State });
        b.HasIndex(a => new { a.SchoolId, a.State });
        b.HasIndex(a => new { a.State, a.ExpiresAt });
        // One open invitation per employer and graduate (guide §3.2 note 3), enforced by the database.
        b.HasIndex(a => new { a.EmployerId, a.GraduateId }).IsUnique()
            .HasFilter($"\"State\" = {(int)AgreementState.Invited}")
            .HasDatabaseName("IX_Agreements_OneOpenInvitation");
        b.HasOne(a => a.Graduate).WithMany().HasForeignKey(a => a.GraduateId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Employer).WithMany().HasForeignKey(a => a.EmployerId).OnDelete(DeleteBehavior.Restrict);

        b.OwnsOne(a => a.EmployerInfo, o =>
        {
            o.Property(e => e.Name).HasColumnName("EmployerName").HasMaxLength(100);
            o.Property(e => e.CreditCode).HasColumnName("EmployerCreditCode").HasMaxLength(18);
            o.Property(e => e.NatureCode).HasColumnName("EmployerNature").HasMaxLength(8);
            o.Property(e => e.IndustryCode).HasColumnName("EmployerIndustry").HasMaxLength(8);
            o.Property(e => e.RegionCode).HasColumnName("EmployerRegion").HasMaxLength(6);
            o.Property(e => e.Address).HasColumnName("EmployerAddress").HasMaxLength(200);
            o.Property(e => e.ContactPerson).HasColumnName("EmployerContact").HasMaxLength(50);
            o.Property(e => e.ContactPhone).HasColumnName("EmployerPhone").HasMaxLength(20);
        });
        b.OwnsOne(a => a.Terms, o =>
        {
            o.Property(t => t.PositionTitle).HasColumnName("PositionTitle").HasMaxLength(100);
            o.Property(t => t.JobCategoryCode).HasColumnName("JobCategory").HasMaxLength(8);
            o.Property(t => t.WorkLocation).HasColumnName("WorkLocation").HasMaxLength(200);
            o.Property(t => t.MonthlySalary).HasColumnName("MonthlySalary");
            o.Property(t => t.ProbationMonths).HasColumnName("ProbationMonths");
            o.Property(t => t.ArchiveReceiver).HasColumnName("ArchiveReceiver").HasMaxLength(20);
            o.Property(t => t.ArchiveUnit).HasColumnName("ArchiveUnit").HasMaxLength(100);
            o.Property(t => t.ArchiveAddress).HasColumnName("ArchiveAddress").HasMaxLength(200);
            o.Property(t => t.HukouTransfer).HasColumnName("HukouTransfer");
            o.Property(t => t.HukouAddress).HasColumnName("HukouAddress").HasMaxLength(200);
            o.Property(t => t.OtherTerms).HasColumnName("OtherTerms").HasMaxLength(4000);
        });
        b.Navigation(a => a.EmployerInfo).IsRequired();
        b.Navigation(a => a.Terms).IsRequired();
    }
}

internal sealed class AgreementNumberSerialConfiguration : IEntityTypeConfiguration<AgreementNumberSerial>
{
    public void Configure(EntityTypeBuilder<AgreementNumberSerial> b) => b.HasKey(s => new { s.SchoolId, s.Year });
}
