namespace Wq.Blazor.Domain.Workflows;

/// <summary>
/// The rows every school review gate repeats (SPEC §4), so that a table says "this enters the
/// gate" and "this is reviewed at the gate" in one line each. The school's review mode decides:
/// the department reviews first unless the school reviews alone; with two levels the
/// department's 通过 goes on to the school, with the department alone it is final.
/// </summary>
public static class GateRows
{
    private const ReviewMode Dept = ReviewMode.DepartmentOnly, School = ReviewMode.SchoolOnly, Two = ReviewMode.TwoLevel;

    /// <summary><paramref name="trigger"/> by <paramref name="actor"/> from <paramref name="from"/> enters the school's first gate.</summary>
    public static TransitionRule<TState, TTrigger>[] Enter<TState, TTrigger>(
        TState from, TTrigger trigger, Actor actor, TState atDepartment, TState atSchool)
        where TState : struct, Enum where TTrigger : struct, Enum =>
    [
        new(from, trigger, actor, atDepartment, Dept, Two),
        new(from, trigger, actor, atSchool, School),
    ];

    /// <summary>
    /// The reviewers' answers at both levels: 通过 (on to the school, or <paramref name="approved"/>),
    /// 不通过 (<paramref name="failed"/>) and, where the kind has it, 退回修改 (<paramref name="returned"/>).
    /// </summary>
    public static TransitionRule<TState, TTrigger>[] Review<TState, TTrigger>(
        TState atDepartment, TState atSchool, TState approved, TState failed, TTrigger approve, TTrigger fail,
        (TTrigger Trigger, TState To)? returned = null)
        where TState : struct, Enum where TTrigger : struct, Enum
    {
        var rows = new List<TransitionRule<TState, TTrigger>>
        {
            new(atDepartment, approve, Actor.DepartmentReviewer, atSchool, Two),
            new(atDepartment, approve, Actor.DepartmentReviewer, approved, Dept),
            new(atDepartment, fail, Actor.DepartmentReviewer, failed, Dept, Two),
            new(atSchool, approve, Actor.SchoolReviewer, approved, School, Two),
            new(atSchool, fail, Actor.SchoolReviewer, failed, School, Two),
        };
        if (returned is { } r)
        {
            rows.Add(new(atDepartment, r.Trigger, Actor.DepartmentReviewer, r.To, Dept, Two));
            rows.Add(new(atSchool, r.Trigger, Actor.SchoolReviewer, r.To, School, Two));
        }
        return [.. rows];
    }
}
