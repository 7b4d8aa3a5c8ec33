using Wq.Blazor.Domain;

namespace Wq.Blazor.Workflows;

/// <summary>Who is asking, with the scope ids every service authorises against.</summary>
public sealed record ActorContext(
    string UserId,
    string Name,
    string Role,
    int? GraduateId = null,
    int? EmployerId = null,
    int? SchoolId = null,
    int? DepartmentId = null,
    string? Ip = null)
{
    public static readonly ActorContext System = new("", "系统", "System");

    public bool IsGraduate => Role == Roles.Graduate && GraduateId is not null;
    public bool IsEmployer => Role == Roles.Employer && EmployerId is not null;
    public bool IsDepartmentReviewer => Role == Roles.DepartmentReviewer && DepartmentId is not null && SchoolId is not null;
    public bool IsSchoolReviewer => Role == Roles.SchoolReviewer && SchoolId is not null;
    public bool IsAdmin => Role == Roles.Admin;
}
