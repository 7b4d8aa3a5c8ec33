using Wq.Blazor.Domain.Workflows;

namespace Wq.Blazor.Workflows.Review;

internal static class ReviewerGate
{
    /// <summary>The gate level a reviewer staffs, or null for anyone else.</summary>
    public static ReviewLevel? LevelOf(ActorContext actor) =>
        actor.IsDepartmentReviewer ? ReviewLevel.Department : actor.IsSchoolReviewer ? ReviewLevel.School : null;

    /// <summary>The state items wait in at the reviewer's gate, or null for anyone who staffs no gate.</summary>
    public static TState? WaitingState<TState>(ActorContext actor, TState atDepartment, TState atSchool) where TState : struct =>
        LevelOf(actor) switch
        {
            ReviewLevel.Department => atDepartment,
            ReviewLevel.School => atSchool,
            _ => null,
        };

    public static Actor AsActor(ActorContext actor) =>
        actor.IsDepartmentReviewer ? Actor.DepartmentReviewer : Actor.SchoolReviewer;

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
