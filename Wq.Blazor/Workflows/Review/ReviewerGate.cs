using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows.Review;

/// <summary>
/// Which gate a reviewer staffs and as whom they act there. The one exception to "each level acts at its
/// own gate": a school reviewer acts at a department's gate when that department has no active reviewer
/// account, so its graduates are never stranded (issue 10). Queue, batch and handlers all ask here.
/// </summary>
internal static class ReviewerGate
{
    /// <summary>The audit reason of a decision the school took at a department's gate.</summary>
    public const string StandInReason = "院系无审核员,由学校代为审核";

    /// <summary>The gate level a reviewer staffs, or null for anyone else.</summary>
    public static ReviewLevel? LevelOf(ActorContext actor) =>
        actor.IsDepartmentReviewer ? ReviewLevel.Department : actor.IsSchoolReviewer ? ReviewLevel.School : null;

    public static Actor AsActor(ActorContext actor) =>
        actor.IsDepartmentReviewer ? Actor.DepartmentReviewer : Actor.SchoolReviewer;

    /// <summary>
    /// Departments of the school with no active reviewer: no user in the 院系审核员 role for it who is
    /// not locked out. A locked-out account cannot sign in, so its department is as unstaffed as one without.
    /// </summary>
    public static IQueryable<int> UnstaffedDepartments(WqDbContext db, int schoolId, DateTimeOffset now)
    {
        var staffed = from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where r.Name == Roles.DepartmentReviewer && u.DepartmentId != null && (u.LockoutEnd == null || u.LockoutEnd <= now)
                      select u.DepartmentId!.Value;
        return db.Departments.Where(d => d.SchoolId == schoolId && !staffed.Contains(d.Id)).Select(d => d.Id);
    }

    /// <summary>
    /// The table actor the scope's reviewer acts as at an item waiting at <paramref name="gate"/> of
    /// <paramref name="departmentId"/>, and the audit reason (the opinion, prefixed when the school stands in).
    /// Anything else keeps the reviewer's own actor, so the table refuses what is not theirs.
    /// </summary>
    public static async Task<(Actor Actor, string? Reason)> ActingAsync(TransitionScope scope, ReviewLevel? gate, int departmentId, string? opinion)
    {
        var reviewer = scope.Actor;
        if (await StandsInAsync(scope.Db, reviewer, gate, departmentId, scope.Now))
            return (Actor.DepartmentReviewer, string.IsNullOrEmpty(opinion) ? StandInReason : $"{StandInReason}:{opinion}");
        return (AsActor(reviewer), opinion);
    }

    /// <summary>
    /// The table actor whose allowed triggers a detail page offers: the same choice as
    /// <see cref="ActingAsync"/>, so a school reviewer sees 通过/不通过 on the page of an item held at an
    /// unstaffed department's gate, exactly where the decision would succeed.
    /// </summary>
    public static async Task<Actor?> TableActorAsync(WqDbContext db, ActorContext actor, ReviewLevel? gate, int departmentId, DateTimeOffset now) =>
        await StandsInAsync(db, actor, gate, departmentId, now) ? Actor.DepartmentReviewer : actor.TableActor;

    private static async Task<bool> StandsInAsync(WqDbContext db, ActorContext actor, ReviewLevel? gate, int departmentId, DateTimeOffset now) =>
        actor.IsSchoolReviewer && gate == ReviewLevel.Department &&
        await UnstaffedDepartments(db, actor.SchoolId!.Value, now).ContainsAsync(departmentId);

    /// <summary>通过 needs nothing; 退回修改 needs an opinion and 不通过 a reason (SPEC §4).</summary>
    public static string? CheckOpinion(ReviewDecision decision, string? opinion)
    {
        if (opinion?.Length > 500) return "审核意见不能超过500字";
        return decision switch
        {
            ReviewDecision.Return when string.IsNullOrWhiteSpace(opinion) => "退回修改时请填写退回意见",
            ReviewDecision.Fail when string.IsNullOrWhiteSpace(opinion) => "审核不通过时请填写原因",
            _ => null,
        };
    }
}
