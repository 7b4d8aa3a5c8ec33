using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Workflows.Workspace;

/// <summary>线上签约 waiting at 院系审核 or 学校审核.</summary>
public sealed class OnlineSigningSource : IQueueSource
{
    public string Kind => ReviewKinds.OnlineSigning;

    public IQueryable<QueueRow> Rows(WqDbContext db) =>
        db.Agreements.Where(a => a.Channel == AgreementChannel.Online &&
                (a.State == AgreementState.PendingDepartmentReview || a.State == AgreementState.PendingSchoolReview))
            .Select(a => new QueueRow
            {
                Kind = ReviewKinds.OnlineSigning, Id = a.Id, Version = a.Version, GraduateId = a.GraduateId, SchoolId = a.SchoolId,
                GraduateName = a.Graduate!.Name, StudentNo = a.Graduate.StudentNo, DepartmentId = a.DepartmentId,
                DepartmentName = a.Graduate.Department!.Name, Major = a.Graduate.Major, Level = a.Graduate.Level,
                Counterparty = a.EmployerInfo.Name, State = (int)a.State,
                Gate = a.State == AgreementState.PendingDepartmentReview ? ReviewLevel.Department : ReviewLevel.School,
                SubmittedAt = a.AnsweredAt ?? a.CreatedAt, Summary = "岗位:" + a.Terms.PositionTitle,
            });

    public string StateLabel(int state) => AgreementStates.Label((AgreementState)state);
}

/// <summary>解约申请 waiting at 院系审核 or 学校审核.</summary>
public sealed class TerminationSource : IQueueSource
{
    public string Kind => ReviewKinds.Termination;

    public IQueryable<QueueRow> Rows(WqDbContext db) =>
        db.Terminations.Where(t => t.State == TerminationState.PendingDepartmentReview || t.State == TerminationState.PendingSchoolReview)
            .Select(t => new QueueRow
            {
                Kind = ReviewKinds.Termination, Id = t.Id, Version = t.Version, GraduateId = t.GraduateId, SchoolId = t.SchoolId,
                GraduateName = t.Agreement!.Graduate!.Name, StudentNo = t.Agreement.Graduate.StudentNo, DepartmentId = t.DepartmentId,
                DepartmentName = t.Agreement.Graduate.Department!.Name, Major = t.Agreement.Graduate.Major, Level = t.Agreement.Graduate.Level,
                Counterparty = t.Agreement.EmployerInfo.Name, State = (int)t.State,
                Gate = t.State == TerminationState.PendingDepartmentReview ? ReviewLevel.Department : ReviewLevel.School,
                SubmittedAt = t.CreatedAt, Summary = (t.Online ? "" : "线下解约 · ") + "协议 " + (t.Agreement.Number ?? ""),
            });

    public string StateLabel(int state) => TerminationWorkflow.Label((TerminationState)state);
}
