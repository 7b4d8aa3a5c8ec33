using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Offline;

/// <summary>What the graduate's offline and paper commands share: checks, loading and the employer match.</summary>
internal static class OfflineAgreements
{
    /// <summary>The first problem with the hand-entered employer and the terms, or null.</summary>
    public static string? Validate(EmployerInput employer, TermsInput terms) => employer.Validate() ?? terms.Validate();

    /// <summary>The graduate, refused unless their basic information is confirmed (as for online signing).</summary>
    public static async Task<Graduate> ConfirmedGraduateAsync(TransitionScope scope)
    {
        if (!scope.Actor.IsGraduate) throw WorkflowRefusal.Missing();
        var g = await scope.Db.Graduates.Include(x => x.School).FirstAsync(x => x.Id == scope.Actor.GraduateId);
        if (g.InfoConfirmedAt is null) throw new WorkflowRefusal("请先确认基本信息");
        return g;
    }

    /// <summary>The graduate's own agreement of <paramref name="channel"/>; anything else is "not found".</summary>
    public static async Task<(Agreement Agreement, ReviewMode Mode)> LoadOwnAsync(TransitionScope scope, long id, AgreementChannel channel)
    {
        var (a, mode) = await AgreementAccess.LoadAsync(scope, id, x => x.IsGraduate);
        if (a.Channel != channel) throw WorkflowRefusal.Missing(a.Ref);
        return (a, mode);
    }

    /// <summary>
    /// Where the typed 统一社会信用代码 is a registered employer's, that employer sees the agreement
    /// (read-only: the offline tables give employers no rows).
    /// </summary>
    public static async Task ApplyEmployerAsync(TransitionScope scope, Agreement a, EmployerInput input)
    {
        a.EmployerInfo = input.ToSnapshot();
        var code = a.EmployerInfo.CreditCode;
        a.EmployerId = await scope.Db.Employers.Where(e => e.CreditCode == code).Select(e => (int?)e.Id).FirstOrDefaultAsync();
    }

    public static Agreement New(Graduate g, AgreementChannel channel, TermsInput terms, DateTimeOffset now) => new()
    {
        Channel = channel, GraduateId = g.Id, SchoolId = g.SchoolId, DepartmentId = g.DepartmentId, Terms = terms.ToTerms(),
        CreatedAt = now,
    };

    public static RecordRef Ref(long id) => new(RecordKind.Agreement, id);
}
