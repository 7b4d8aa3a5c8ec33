using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wq.Blazor.Data.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.Property(a => a.OwnerRef).HasMaxLength(64);
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.StoredName).HasMaxLength(100);
        b.HasIndex(a => a.OwnerRef);
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.Property(e => e.ActorName).HasMaxLength(100);
        b.Property(e => e.ActorRole).HasMaxLength(32);
        b.Property(e => e.RecordType).HasMaxLength(64);
        b.Property(e => e.RecordId).HasMaxLength(64);
        b.Property(e => e.Action).HasMaxLength(64);
        b.Property(e => e.FromState).HasMaxLength(64);
        b.Property(e => e.ToState).HasMaxLength(64);
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.Property(e => e.Ip).HasMaxLength(64);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => new { e.RecordType, e.RecordId });
        b.HasIndex(e => e.Sequence).IsUnique();
    }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> b)
    {
        b.Property(m => m.ToAddress).HasMaxLength(200);
        b.Property(m => m.Subject).HasMaxLength(100);
        b.Property(m => m.Body).HasMaxLength(1000);
        b.Property(m => m.Link).HasMaxLength(200);
        b.Property(m => m.LastError).HasMaxLength(1000);
        // The worker's scan: unsent rows by due time.
        b.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.Title).HasMaxLength(100);
        b.Property(n => n.Body).HasMaxLength(1000);
        b.Property(n => n.Link).HasMaxLength(200);
        b.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}
