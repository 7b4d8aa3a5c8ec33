using Wq.Blazor.Domain.Model;
using S = Wq.Blazor.Domain.Workflows.AgreementState;
using T = Wq.Blazor.Domain.Workflows.AgreementTrigger;

namespace Wq.Blazor.Domain.Workflows;

/// <summary>线上签约 (SPEC §4.1, guide §3) as one table.</summary>
public static class OnlineSigningWorkflow
{
    private const ReviewMode Dept = ReviewMode.DepartmentOnly, School = ReviewMode.SchoolOnly, Two = ReviewMode.TwoLevel;

    public static readonly WorkflowTable<S, T> Table = new("Agreement",
    [
        // The graduate answers within the response window.
        new(S.Invited, T.Accept, Actor.Graduate, S.PendingDepartmentReview, Dept, Two),
        new(S.Invited, T.Accept, Actor.Graduate, S.PendingSchoolReview, School),
        new(S.Invited, T.Reject, Actor.Graduate, S.Rejected),
        new(S.Invited, T.Withdraw, Actor.Employer, S.Withdrawn),
        new(S.Invited, T.Expire, Actor.System, S.Expired),

        // Review gates follow the school's mode.
        new(S.PendingDepartmentReview, T.Approve, Actor.DepartmentReviewer, S.PendingSchoolReview, Two),
        new(S.PendingDepartmentReview, T.Approve, Actor.DepartmentReviewer, S.Signed, Dept),
        new(S.PendingDepartmentReview, T.Fail, Actor.DepartmentReviewer, S.ReviewFailed, Dept, Two),
        new(S.PendingSchoolReview, T.Approve, Actor.SchoolReviewer, S.Signed, School, Two),
        new(S.PendingSchoolReview, T.Fail, Actor.SchoolReviewer, S.ReviewFailed, School, Two),

        // An approved online termination ends the agreement.
        new(S.Signed, T.Terminate, Actor.System, S.Terminated),
    ]);
}
