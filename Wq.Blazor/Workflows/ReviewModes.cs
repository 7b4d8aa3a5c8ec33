using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows;

/// <summary>A school's review mode: every move of a reviewed record and every detail page asks for it.</summary>
internal static class ReviewModes
{
    public static Task<ReviewMode> OfSchoolAsync(WqDbContext db, int schoolId) => Mode(db, schoolId);

    // Compiled: asked on every decision, so EF's per-call expression work is skipped (issue 10).
    private static readonly Func<WqDbContext, int, Task<ReviewMode>> Mode =
        EF.CompileAsyncQuery((WqDbContext db, int schoolId) => db.Schools.Where(s => s.Id == schoolId).Select(s => s.ReviewMode).First());
}
