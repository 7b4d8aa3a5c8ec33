using S = Wq.Blazor.Domain.Workflows.AgreementState;
using T = Wq.Blazor.Domain.Workflows.AgreementTrigger;

namespace Wq.Blazor.Domain.Workflows;

/// <summary>
/// 已签就业协议登记 (SPEC §4.5, guide §7) as one table: the paper agreement is already signed, so
/// there is one review (登记审核) with 退回修改; 登记成功 counts as a signed agreement.
/// </summary>
public static class PaperRegistrationWorkflow
{
    public static readonly WorkflowTable<S, T> Table = new WorkflowTable<S, T>(RecordKind.Agreement,
    [
        // 提交审核, and again after 退回修改.
        .. GateRows.Enter(S.None, T.Submit, Actor.Graduate, S.PendingDepartmentReview, S.PendingSchoolReview),
        .. GateRows.Enter(S.Returned, T.Submit, Actor.Graduate, S.PendingDepartmentReview, S.PendingSchoolReview),
        // 登记审核: 通过 → 登记成功; 退回修改; 不通过 → 已作废.
        .. GateRows.Review(S.PendingDepartmentReview, S.PendingSchoolReview, S.Signed, S.Void, T.Approve, T.Fail, (T.Return, S.Returned)),

        // An approved offline termination (guide §7 note, §6) ends the registered agreement.
        new(S.Signed, T.Terminate, Actor.System, S.Terminated),
    ])
        .Holding(Hold.CurrentDestination, AgreementStates.IsCurrent)
        .StampOn(T.Submit, nameof(Agreement.AnsweredAt))
        .Stamp(S.Signed, nameof(Agreement.SignedAt));
}
