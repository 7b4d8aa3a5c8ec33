namespace Wq.Blazor.Domain.Model;

/// <summary>
/// 用人单位协助回传 link (SPEC §4.3): lets an employer without an account download one agreement
/// and upload its stamped scan. Only the SHA-256 of the token is stored, so a database leak
/// hands out no working links. It dies when used, when the agreement moves (its version changes),
/// when it expires, or when the graduate makes a newer one.
/// </summary>
public class EmployerUploadLink
{
    public long Id { get; set; }
    public long AgreementId { get; set; }
    public string TokenHash { get; set; } = "";
    /// <summary>The agreement's version when the link was made; any later move kills the link.</summary>
    public int AgreementVersion { get; set; }
    public string CreatedByUserId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
