namespace Wq.Blazor.Workflows;

/// <summary>Who may see a record (SPEC §1): the parties, and the reviewers of its school or department.</summary>
public static class Scope
{
    public static bool CanSee(ActorContext actor, int graduateId, int? employerId, int schoolId, int departmentId) =>
        (actor.IsGraduate && actor.GraduateId == graduateId)
        || (actor.IsEmployer && employerId is not null && actor.EmployerId == employerId)
        || (actor.IsSchoolReviewer && actor.SchoolId == schoolId)
        || (actor.IsDepartmentReviewer && actor.SchoolId == schoolId && actor.DepartmentId == departmentId);
}
