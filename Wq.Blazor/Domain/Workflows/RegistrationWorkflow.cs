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
    /// <summary>撤销 by the graduate before a reviewer acted (or after 退回修改).</summary>
    [StoredCode("Withdrawn")] Withdrawn = 7,
    // A change of an approved destination (变更) waits in its own states: the approved registration
    // keeps the graduate's current destination until the change is approved (ADR 0017).
    [StoredCode("ChangePendingDepartmentReview")] ChangePendingDepartmentReview = 8,
    [StoredCode("ChangePendingSchoolReview")] ChangePendingSchoolReview = 9,
    [StoredCode("ChangeReturned")] ChangeReturned = 10,
}

public enum RegistrationTrigger
{
    [StoredCode("Submit")] Submit,
    [StoredCode("Approve")] Approve,
    [StoredCode("Return")] Return,
    [StoredCode("Fail")] Fail,
    [StoredCode("Resubmit")] Resubmit,
    [StoredCode("VoidBySigning")] VoidBySigning,
    [StoredCode("Withdraw")] Withdraw,
    [StoredCode("SubmitChange")] SubmitChange,
    /// <summary>The approved registration a change replaces, voided when the change is approved.</summary>
    [StoredCode("Supersede")] Supersede,
}

/// <summary>其他毕业去向登记 (SPEC §4.6) as one table.</summary>
public static class RegistrationWorkflow
{
    private const ReviewMode Dept = ReviewMode.DepartmentOnly, School = ReviewMode.SchoolOnly, Two = ReviewMode.TwoLevel;

    public static readonly WorkflowTable<S, T> Table = new WorkflowTable<S, T>(RecordKind.DestinationRegistration,
    [
        .. GateRows.Enter(S.None, T.Submit, Actor.Graduate, S.PendingDepartmentReview, S.PendingSchoolReview),
        .. GateRows.Review(S.PendingDepartmentReview, S.PendingSchoolReview, S.Approved, S.ReviewFailed,
            T.Approve, T.Fail, (T.Return, S.Returned)),
        .. GateRows.Enter(S.Returned, T.Resubmit, Actor.Graduate, S.PendingDepartmentReview, S.PendingSchoolReview),
        // SPEC §3 rule 3: starting any agreement voids a current registration.
        new(S.PendingDepartmentReview, T.VoidBySigning, Actor.System, S.Voided),
        new(S.PendingSchoolReview, T.VoidBySigning, Actor.System, S.Voided),
        new(S.Returned, T.VoidBySigning, Actor.System, S.Voided),
        new(S.Approved, T.VoidBySigning, Actor.System, S.Voided),
        new(S.ChangePendingDepartmentReview, T.VoidBySigning, Actor.System, S.Voided),
        new(S.ChangePendingSchoolReview, T.VoidBySigning, Actor.System, S.Voided),
        new(S.ChangeReturned, T.VoidBySigning, Actor.System, S.Voided),
        // 撤销: only before the first gate has answered, or after it returned the registration.
        new(S.PendingDepartmentReview, T.Withdraw, Actor.Graduate, S.Withdrawn, Dept, Two),
        new(S.PendingSchoolReview, T.Withdraw, Actor.Graduate, S.Withdrawn, School),
        new(S.Returned, T.Withdraw, Actor.Graduate, S.Withdrawn),
        // 变更: a new registration while one is approved; approving it supersedes the old one.
        .. GateRows.Enter(S.None, T.SubmitChange, Actor.Graduate, S.ChangePendingDepartmentReview, S.ChangePendingSchoolReview),
        .. GateRows.Review(S.ChangePendingDepartmentReview, S.ChangePendingSchoolReview, S.Approved, S.ReviewFailed,
            T.Approve, T.Fail, (T.Return, S.ChangeReturned)),
        .. GateRows.Enter(S.ChangeReturned, T.Resubmit, Actor.Graduate, S.ChangePendingDepartmentReview, S.ChangePendingSchoolReview),
        new(S.ChangePendingDepartmentReview, T.Withdraw, Actor.Graduate, S.Withdrawn, Dept, Two),
        new(S.ChangePendingSchoolReview, T.Withdraw, Actor.Graduate, S.Withdrawn, School),
        new(S.ChangeReturned, T.Withdraw, Actor.Graduate, S.Withdrawn),
        new(S.Approved, T.Supersede, Actor.System, S.Voided),
    ])
        // 待审核, 退回修改 and 审核通过 hold the graduate's current destination (SPEC §3).
        .Holding(Hold.CurrentDestination, s => s is S.PendingDepartmentReview or S.PendingSchoolReview or S.Returned or S.Approved)
        // A pending change holds the one change slot of the registration it replaces instead.
        .Holding(Hold.ReplacementSlot, s => s is S.ChangePendingDepartmentReview or S.ChangePendingSchoolReview or S.ChangeReturned)
        .Stamp(S.Approved, nameof(DestinationRegistration.ApprovedAt))
        .StampOn(T.Submit, nameof(DestinationRegistration.SubmittedAt))
        .StampOn(T.SubmitChange, nameof(DestinationRegistration.SubmittedAt))
        .StampOn(T.Resubmit, nameof(DestinationRegistration.SubmittedAt));

    /// <summary>States in which the graduate may edit the registration and 重新提交.</summary>
    public static bool IsReturned(S s) => s is S.Returned or S.ChangeReturned;

    /// <summary>The review gate a state waits at, or null.</summary>
    public static ReviewLevel? ReviewLevelOf(S s) => s switch
    {
        S.PendingDepartmentReview or S.ChangePendingDepartmentReview => ReviewLevel.Department,
        S.PendingSchoolReview or S.ChangePendingSchoolReview => ReviewLevel.School,
        _ => null,
    };

    public static string Label(S s) => s switch
    {
        S.PendingDepartmentReview => "待院系审核",
        S.PendingSchoolReview => "待学校审核",
        S.Returned => "退回修改",
        S.Approved => "审核通过",
        S.ReviewFailed => "审核不通过",
        S.Voided => "已作废",
        S.Withdrawn => "已撤销",
        S.ChangePendingDepartmentReview => "变更待院系审核",
        S.ChangePendingSchoolReview => "变更待学校审核",
        S.ChangeReturned => "变更退回修改",
        _ => s.ToString(),
    };
}
