namespace Wq.Blazor.Domain.Model;

/// <summary>
/// A one-time code mailed to a roster entry's e-mail address before an account may bind to it,
/// so that 姓名 + 身份证号 + 手机号 (often known to others) are not enough to take the entry over.
/// Only a salted hash of the code is kept; a reader of the database learns nothing usable within
/// the code's 10 minutes without brute force, which <see cref="Attempts"/> does not allow online.
/// </summary>
public class BindingCode
{
    public long Id { get; set; }
    public int GraduateId { get; set; }
    /// <summary>Random per code, hex.</summary>
    public string Salt { get; set; } = "";
    /// <summary>SHA-256 of salt and code, hex.</summary>
    public string CodeHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    /// <summary>Tries used; each try is counted (and committed) before the code is compared.</summary>
    public int Attempts { get; set; }
    /// <summary>Set when an account bound with it, or when a newer code replaced it.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
