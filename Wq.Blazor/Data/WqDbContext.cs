using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Wq.Blazor.Data;

public class WqDbContext(DbContextOptions<WqDbContext> options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<School> Schools => Set<School>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Graduate> Graduates => Set<Graduate>();
    public DbSet<CorrectionRequest> CorrectionRequests => Set<CorrectionRequest>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<AgreementNumberSerial> AgreementNumberSerials => Set<AgreementNumberSerial>();
    public DbSet<Termination> Terminations => Set<Termination>();
    public DbSet<DestinationRegistration> DestinationRegistrations => Set<DestinationRegistration>();
    public DbSet<DestinationClaim> DestinationClaims => Set<DestinationClaim>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<EmployerUploadLink> EmployerUploadLinks => Set<EmployerUploadLink>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();
    public DbSet<BindingCode> BindingCodes => Set<BindingCode>();
    public DbSet<PdfJob> PdfJobs => Set<PdfJob>();
    /// <summary>The reviewer queue, stored (ADR 0019): kept by the transitions, read by the workspace.</summary>
    public DbSet<QueueRow> QueueRows => Set<QueueRow>();
    /// <summary>Data Protection keys shared by every instance (Hosting/Production/DataProtectionSetup).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WqDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; store UTC ticks everywhere so queries
        // sort the same way on every provider.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}
