using Microsoft.AspNetCore.Identity;

namespace Wq.Blazor.Data;

/// <summary>
/// An account. The scope ids say which records the user may see; they are copied into claims at
/// sign-in so services can authorise without a query.
/// </summary>
public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? GraduateId { get; set; }
    public int? EmployerId { get; set; }
    public int? SchoolId { get; set; }
    public int? DepartmentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
