using System.Linq.Expressions;

namespace Wq.Blazor.Workflows;

/// <summary>
/// Who may see a record (SPEC §1), written once for every kind: the graduate it belongs to, the
/// employer that is a party to it, and the reviewers of its school or department. Queries,
/// commands, downloads and review handlers all filter with it, in the database; anything it
/// filters out is "not found".
/// </summary>
public static class RecordScope
{
    public static Expression<Func<T, bool>> VisibleTo<T>(ActorContext actor) where T : class, IGraduateRecord
    {
        if (actor.IsGraduate) { var id = actor.GraduateId!.Value; return x => x.GraduateId == id; }
        if (actor.IsSchoolReviewer) { var school = actor.SchoolId!.Value; return x => x.SchoolId == school; }
        if (actor.IsDepartmentReviewer)
        {
            int school = actor.SchoolId!.Value, dept = actor.DepartmentId!.Value;
            return x => x.SchoolId == school && x.DepartmentId == dept;
        }
        if (actor.IsEmployer && typeof(IEmployerPartyRecord).IsAssignableFrom(typeof(T)))
        {
            // Built by hand: T is only known to be an employer party at run time.
            var employer = actor.EmployerId!.Value;
            var x = Expression.Parameter(typeof(T), "x");
            var property = Expression.Property(x, nameof(IEmployerPartyRecord.EmployerId));
            return Expression.Lambda<Func<T, bool>>(Expression.Equal(property, Expression.Constant((int?)employer, typeof(int?))), x);
        }
        return _ => false;
    }

    /// <summary>
    /// Names the scope <see cref="VisibleTo"/> grants, built from the same actor fields: two actors
    /// with the same key see exactly the same records, so a query filtered by scope may share its
    /// result between them (live lists). Null when the actor sees nothing.
    /// </summary>
    public static string? Key(ActorContext actor) =>
        actor.IsGraduate ? $"graduate:{actor.GraduateId}"
        : actor.IsSchoolReviewer ? $"school:{actor.SchoolId}"
        : actor.IsDepartmentReviewer ? $"department:{actor.SchoolId}/{actor.DepartmentId}"
        : actor.IsEmployer ? $"employer:{actor.EmployerId}"
        : null;

    /// <summary>The records of <paramref name="source"/> the actor may see.</summary>
    public static IQueryable<T> Visible<T>(this IQueryable<T> source, ActorContext actor) where T : class, IGraduateRecord =>
        source.Where(VisibleTo<T>(actor));
}
