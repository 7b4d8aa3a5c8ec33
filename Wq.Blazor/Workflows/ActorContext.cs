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

    /// <summary>The actor a workflow table knows this user as, or null for anyone else.</summary>
    public Domain.Workflows.Actor? TableActor =>
        IsGraduate ? Domain.Workflows.Actor.Graduate
        : IsEmployer ? Domain.Workflows.Actor.Employer
        : IsDepartmentReviewer ? Domain.Workflows.Actor.DepartmentReviewer
        : IsSchoolReviewer ? Domain.Workflows.Actor.SchoolReviewer
        : IsAdmin ? Domain.Workflows.Actor.Admin
        : null;
}
