using Wq.Blazor.Domain.Records;
using S = Wq.Blazor.Domain.Workflows.RegistrationState;
using T = Wq.Blazor.Domain.Workflows.RegistrationTrigger;

namespace Wq.Blazor.Domain.Workflows;

public enum RegistrationState
{
    /// <summary>Not yet created; never stored.</summary>
    None = 0,
    [StoredCode("PendingDepartmentReview")] PendingDepartmentReview = 1,
    [StoredCode("PendingSchoolReview")] PendingSchoolReview = 2,
    [StoredCode("Returned")] Returned = 3,
    [StoredCode("Approved")] Approved = 4,
    [StoredCode("ReviewFailed")] ReviewFailed = 5,
    [StoredCode("Voided")] Voided = 6,
}

public enum RegistrationTrigger
{
    [StoredCode("Submit")] Submit,
    [StoredCode("Approve")] Approve,
    [StoredCode("Return")] Return,
    [StoredCode("Fail")] Fail,
    [StoredCode("Resubmit")] Resubmit,
    [StoredCode("VoidBySigning")] VoidBySigning,
}

/// <summary>其他毕业去向登记 (SPEC §4.6) as one table.</summary>
public static class RegistrationWorkflow
{
    private const ReviewMode Dept = ReviewMode.DepartmentOnly, School = ReviewMode.SchoolOnly, Two = ReviewMode.TwoLevel;

    public static readonly WorkflowTable<S, T> Table = new WorkflowTable<S, T>(RecordKind.DestinationRegistration,
    [
        new(S.None, T.Submit, Actor.Graduate, S.PendingDepartmentReview, Dept, Two),
        new(S.None, T.Submit, Actor.Graduate, S.PendingSchoolReview, School),
        new(S.PendingDepartmentReview, T.Approve, Actor.DepartmentReviewer, S.PendingSchoolReview, Two),
        new(S.PendingDepartmentReview, T.Approve, Actor.DepartmentReviewer, S.Approved, Dept),
        new(S.PendingDepartmentReview, T.Return, Actor.DepartmentReviewer, S.Returned, Dept, Two),
        new(S.PendingDepartmentReview, T.Fail, Actor.DepartmentReviewer, S.ReviewFailed, Dept, Two),
        new(S.PendingSchoolReview, T.Approve, Actor.SchoolReviewer, S.Approved, School, Two),
        new(S.PendingSchoolReview, T.Return, Actor.SchoolReviewer, S.Returned, School, Two),
        new(S.PendingSchoolReview, T.Fail, Actor.SchoolReviewer, S.ReviewFailed, School, Two),
        new(S.Returned, T.Resubmit, Actor.Graduate, S.PendingDepartmentReview, Dept, Two),
        new(S.Returned, T.Resubmit, Actor.Graduate, S.PendingSchoolReview, School),
        // SPEC §3 rule 3: starting any agreement voids a current registration.
        new(S.PendingDepartmentReview, T.VoidBySigning, Actor.System, S.Voided),
        new(S.PendingSchoolReview, T.VoidBySigning, Actor.System, S.Voided),
        new(S.Returned, T.VoidBySigning, Actor.System, S.Voided),
        new(S.Approved, T.VoidBySigning, Actor.System, S.Voided),
    ])
        // 待审核, 退回修改 and 审核通过 hold the graduate's current destination (SPEC §3).
        .Holding(Hold.CurrentDestination, s => s is S.PendingDepartmentReview or S.PendingSchoolReview or S.Returned or S.Approved)
        .Stamp(S.Approved, nameof(DestinationRegistration.ApprovedAt));

    public static string Label(S s) => s switch
    {
        S.PendingDepartmentReview => "待院系审核",
        S.PendingSchoolReview => "待学校审核",
        S.Returned => "退回修改",
        S.Approved => "审核通过",
        S.ReviewFailed => "审核不通过",
        S.Voided => "已作废",
        _ => s.ToString(),
    };
}
