using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;
using S = Wq.Blazor.Domain.Workflows.AgreementState;

namespace Wq.Blazor.Workflows.Workspace;

/// <summary>
/// The offline channels' gate items. Both are agreements, so they share one projection; they differ in
/// their gate states: 线下签约 has two reviews (协议审核, 签约审核), 已签协议登记 one (登记审核).
/// </summary>
internal static class AgreementChannelRows
{
    public static IQueryable<QueueRow> Rows(WqDbContext db, string kind, AgreementChannel channel, S[] departmentStates, S[] schoolStates)
    {
        S[] states = [.. departmentStates, .. schoolStates];
        return db.Agreements
            .Where(a => a.Channel == channel && states.Contains(a.State))
            .Select(a => new QueueRow
            {
                Kind = kind, Id = a.Id, Version = a.Version, GraduateId = a.GraduateId, SchoolId = a.SchoolId,
                GraduateName = a.Graduate!.Name, StudentNo = a.Graduate.StudentNo, DepartmentId = a.DepartmentId,
                DepartmentName = a.Graduate.Department!.Name, Major = a.Graduate.Major, Level = a.Graduate.Level,
                Counterparty = a.EmployerInfo.Name, State = (int)a.State,
                Gate = departmentStates.Contains(a.State) ? ReviewLevel.Department : ReviewLevel.School,
                SubmittedAt = a.AnsweredAt ?? a.CreatedAt, Summary = "岗位:" + a.Terms.PositionTitle,
            });
    }
}

/// <summary>线下签约 waiting at 协议审核 or 签约审核, at either level.</summary>
public sealed class OfflineSigningSource : IQueueSource
{
    private static readonly S[] AtDepartment = [S.PendingAgreementDepartmentReview, S.PendingSigningDepartmentReview];
    private static readonly S[] AtSchool = [S.PendingAgreementSchoolReview, S.PendingSigningSchoolReview];

    public string Kind => ReviewKinds.OfflineSigning;

    public IQueryable<QueueRow> Rows(WqDbContext db) =>
        AgreementChannelRows.Rows(db, Kind, AgreementChannel.Offline, AtDepartment, AtSchool);

    public string StateLabel(int state) => AgreementStates.Label((S)state, AgreementChannel.Offline);
}

/// <summary>已签协议登记 waiting at 登记审核.</summary>
public sealed class PaperRegistrationSource : IQueueSource
{
    public string Kind => ReviewKinds.PaperRegistration;

    public IQueryable<QueueRow> Rows(WqDbContext db) =>
        AgreementChannelRows.Rows(db, Kind, AgreementChannel.PaperRegistration, [S.PendingDepartmentReview], [S.PendingSchoolReview]);

    public string StateLabel(int state) => AgreementStates.Label((S)state, AgreementChannel.PaperRegistration);
}
