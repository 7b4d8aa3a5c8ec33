using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wq.Blazor.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> b)
    {
        // An employer's staff are looked up for every notice to the employer (AgreementNotifier, certification):
        // without an index that was a scan of every account, graduates included (issue 10's SQLite profile).
        b.HasIndex(u => u.EmployerId).HasFilter("\"EmployerId\" IS NOT NULL");
        // A graduate's own account, the other way round from Graduate.UserId (binding, mail addresses).
        b.HasIndex(u => u.GraduateId).HasFilter("\"GraduateId\" IS NOT NULL");
    }
}
