using S = Wq.Blazor.Domain.Workflows.TerminationState;
using T = Wq.Blazor.Domain.Workflows.TerminationTrigger;

namespace Wq.Blazor.Domain.Workflows;

public enum TerminationState
{
    /// <summary>Not yet created; never stored.</summary>
    None = 0,
    [StoredCode("AwaitingCounterparty")] AwaitingCounterparty = 1,
    [StoredCode("PendingDepartmentReview")] PendingDepartmentReview = 2,
    [StoredCode("PendingSchoolReview")] PendingSchoolReview = 3,
    [StoredCode("Approved")] Approved = 4,
    [StoredCode("Rejected")] Rejected = 5,
    [StoredCode("Declined")] Declined = 6,
    [StoredCode("Cancelled")] Cancelled = 7,
}

public enum TerminationTrigger
{
    [StoredCode("Apply")] Apply,
    [StoredCode("Agree")] Agree,
    [StoredCode("Decline")] Decline,
    [StoredCode("Cancel")] Cancel,
    [StoredCode("Approve")] Approve,
    [StoredCode("Fail")] Fail,
}

/// <summary>线上解约 (SPEC §4.2) and 线下解约 (§4.4) as tables.</summary>
public static class TerminationWorkflow
{
    // 解约审核: pass or fail, no 退回修改 (guide §4.3, §6.2).
    private static readonly TransitionRule<S, T>[] ReviewRules =
        GateRows.Review(S.PendingDepartmentReview, S.PendingSchoolReview, S.Approved, S.Rejected, T.Approve, T.Fail);

    public static readonly WorkflowTable<S, T> Online = new WorkflowTable<S, T>(RecordKind.Termination,
    [
        // Either party applies; the other answers first.
        new(S.None, T.Apply, Actor.Graduate, S.AwaitingCounterparty),
        new(S.None, T.Apply, Actor.Employer, S.AwaitingCounterparty),
        .. GateRows.Enter(S.AwaitingCounterparty, T.Agree, Actor.Counterparty, S.PendingDepartmentReview, S.PendingSchoolReview),
        new(S.AwaitingCounterparty, T.Decline, Actor.Counterparty, S.Declined),
        new(S.AwaitingCounterparty, T.Cancel, Actor.Initiator, S.Cancelled),
        .. ReviewRules,
    ]).Holding(Hold.OpenTerminationSlot, IsOpen);

    /// <summary>Offline termination starts at the review gate: the 解约函 is the counterparty's consent.</summary>
    public static readonly WorkflowTable<S, T> Offline = new WorkflowTable<S, T>(RecordKind.Termination,
    [
        .. GateRows.Enter(S.None, T.Apply, Actor.Graduate, S.PendingDepartmentReview, S.PendingSchoolReview),
        .. ReviewRules,
    ]).Holding(Hold.OpenTerminationSlot, IsOpen);

    public static bool IsOpen(S s) => s is S.AwaitingCounterparty or S.PendingDepartmentReview or S.PendingSchoolReview;

    public static ReviewLevel? ReviewLevelOf(S s) => s switch
    {
        S.PendingDepartmentReview => ReviewLevel.Department,
        S.PendingSchoolReview => ReviewLevel.School,
        _ => null,
    };

    public static string Label(S s) => s switch
    {
        S.AwaitingCounterparty => "待对方确认",
        S.PendingDepartmentReview => "待院系审核",
        S.PendingSchoolReview => "待学校审核",
        S.Approved => "解约成功",
        S.Rejected => "解约审核不通过",
        S.Declined => "对方不同意",
        S.Cancelled => "已撤销",
        _ => s.ToString(),
    };
}
