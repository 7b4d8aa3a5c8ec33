using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Review;
using S = Wq.Blazor.Domain.Workflows.RegistrationState;

namespace Wq.Blazor.Workflows.Workspace;

/// <summary>毕业去向登记 waiting at 院系审核 or 学校审核, first registrations and changes (变更) alike.</summary>
public sealed class DestinationRegistrationSource : IQueueSource
{
    public string Kind => ReviewKinds.DestinationRegistration;

    public IQueryable<QueueRow> Rows(WqDbContext db) =>
        db.DestinationRegistrations
            .Where(r => r.State == S.PendingDepartmentReview || r.State == S.ChangePendingDepartmentReview
                        || r.State == S.PendingSchoolReview || r.State == S.ChangePendingSchoolReview)
            .Select(r => new QueueRow
            {
                Kind = ReviewKinds.DestinationRegistration, Id = r.Id, Version = r.Version, GraduateId = r.GraduateId, SchoolId = r.SchoolId,
                GraduateName = r.Graduate!.Name, StudentNo = r.Graduate.StudentNo, DepartmentId = r.DepartmentId,
                DepartmentName = r.Graduate.Department!.Name, Major = r.Graduate.Major, Level = r.Graduate.Level,
                Counterparty = r.OrganisationName, State = (int)r.State,
                Gate = r.State == S.PendingDepartmentReview || r.State == S.ChangePendingDepartmentReview
                    ? ReviewLevel.Department : ReviewLevel.School,
                SubmittedAt = r.SubmittedAt ?? r.CreatedAt,
                // The type's name lives in a code table, not in SQL; the code is what reviewers sort by anyway.
                Summary = (r.ReplacesId != null ? "变更 · 去向代码 " : "去向代码 ") + r.DestinationCode,
            });

    public string StateLabel(int state) => RegistrationWorkflow.Label((S)state);
}
