using Wq.Blazor.Domain.Records;
using S = Wq.Blazor.Domain.Workflows.AgreementState;
using T = Wq.Blazor.Domain.Workflows.AgreementTrigger;

namespace Wq.Blazor.Domain.Workflows;

/// <summary>
/// 已签就业协议登记 (SPEC §4.5, guide §7) as one table: the paper agreement is already signed, so
/// there is one review (登记审核) with 退回修改; 登记成功 counts as a signed agreement.
/// </summary>
public static class PaperRegistrationWorkflow
{
    private const ReviewMode Dept = ReviewMode.DepartmentOnly, School = ReviewMode.SchoolOnly, Two = ReviewMode.TwoLevel;

    public static readonly WorkflowTable<S, T> Table = new WorkflowTable<S, T>(RecordKind.Agreement,
    [
        new(S.None, T.Submit, Actor.Graduate, S.PendingDepartmentReview, Dept, Two),
        new(S.None, T.Submit, Actor.Graduate, S.PendingSchoolReview, School),
        new(S.Returned, T.Submit, Actor.Graduate, S.PendingDepartmentReview, Dept, Two),
        new(S.Returned, T.Submit, Actor.Graduate, S.PendingSchoolReview, School),

        new(S.PendingDepartmentReview, T.Approve, Actor.DepartmentReviewer, S.PendingSchoolReview, Two),
        new(S.PendingDepartmentReview, T.Approve, Actor.DepartmentReviewer, S.Signed, Dept),
        new(S.PendingDepartmentReview, T.Return, Actor.DepartmentReviewer, S.Returned, Dept, Two),
        new(S.PendingDepartmentReview, T.Fail, Actor.DepartmentReviewer, S.Void, Dept, Two),
        new(S.PendingSchoolReview, T.Approve, Actor.SchoolReviewer, S.Signed, School, Two),
        new(S.PendingSchoolReview, T.Return, Actor.SchoolReviewer, S.Returned, School, Two),
        new(S.PendingSchoolReview, T.Fail, Actor.SchoolReviewer, S.Void, School, Two),

        // An approved offline termination (guide §7 note, §6) ends the registered agreement.
        new(S.Signed, T.Terminate, Actor.System, S.Terminated),
    ])
        .Holding(Hold.CurrentDestination, AgreementStates.IsCurrent)
        .StampOn(T.Submit, nameof(Agreement.AnsweredAt))
        .Stamp(S.Signed, nameof(Agreement.SignedAt));
}
