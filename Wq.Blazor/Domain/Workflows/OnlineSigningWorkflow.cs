using S = Wq.Blazor.Domain.Workflows.AgreementState;
using T = Wq.Blazor.Domain.Workflows.AgreementTrigger;

namespace Wq.Blazor.Domain.Workflows;

/// <summary>线上签约 (SPEC §4.1, guide §3) as one table.</summary>
public static class OnlineSigningWorkflow
{
    public static readonly WorkflowTable<S, T> Table = new WorkflowTable<S, T>(RecordKind.Agreement,
    [
        // The employer invites a graduate it found.
        new(S.None, T.Invite, Actor.Employer, S.Invited),

        // The graduate answers within the response window.
        .. GateRows.Enter(S.Invited, T.Accept, Actor.Graduate, S.PendingDepartmentReview, S.PendingSchoolReview),
        new(S.Invited, T.Reject, Actor.Graduate, S.Rejected),
        new(S.Invited, T.Withdraw, Actor.Employer, S.Withdrawn),
        new(S.Invited, T.Expire, Actor.System, S.Expired),

        // 签约审核 follows the school's mode; online signing has no 退回修改 (guide §3.3).
        .. GateRows.Review(S.PendingDepartmentReview, S.PendingSchoolReview, S.Signed, S.ReviewFailed, T.Approve, T.Fail),

        // An approved online termination ends the agreement.
        new(S.Signed, T.Terminate, Actor.System, S.Terminated),
    ])
        // From 接受 to 签约成功 the agreement is the graduate's one current destination (SPEC §3).
        .Holding(Hold.CurrentDestination, AgreementStates.IsCurrent)
        .StampOn(T.Accept, nameof(Agreement.AnsweredAt))
        .StampOn(T.Reject, nameof(Agreement.AnsweredAt))
        .StampOn(T.Withdraw, nameof(Agreement.AnsweredAt))
        .Stamp(S.Signed, nameof(Agreement.SignedAt));
}
