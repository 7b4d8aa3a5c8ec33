using S = Wq.Blazor.Domain.Workflows.AgreementState;
using T = Wq.Blazor.Domain.Workflows.AgreementTrigger;

namespace Wq.Blazor.Domain.Workflows;

/// <summary>
/// 线下签约 (SPEC §4.3, guide §5) as one table: the graduate applies online, the school reviews the
/// agreement (协议审核), the stamped paper comes back (本人回传 or through the employer's link),
/// and the school reviews the signing (签约审核).
/// </summary>
public static class OfflineSigningWorkflow
{
    public static readonly WorkflowTable<S, T> Table = new WorkflowTable<S, T>(RecordKind.Agreement,
    [
        // 提交 (and 修改后重新提交) enters the school's first gate of 协议审核.
        .. GateRows.Enter(S.None, T.Submit, Actor.Graduate, S.PendingAgreementDepartmentReview, S.PendingAgreementSchoolReview),
        .. GateRows.Enter(S.AgreementReturned, T.Submit, Actor.Graduate, S.PendingAgreementDepartmentReview, S.PendingAgreementSchoolReview),

        // 协议审核.
        .. GateRows.Review(S.PendingAgreementDepartmentReview, S.PendingAgreementSchoolReview, S.AgreementApproved, S.Void,
            T.Approve, T.Fail, (T.Return, S.AgreementReturned)),

        // 本人回传 or 用人单位协助回传 (the link holder has no account), again after 回传退回修改.
        .. GateRows.Enter(S.AgreementApproved, T.UploadStamped, Actor.Graduate, S.PendingSigningDepartmentReview, S.PendingSigningSchoolReview),
        .. GateRows.Enter(S.AgreementApproved, T.UploadStamped, Actor.EmployerLink, S.PendingSigningDepartmentReview, S.PendingSigningSchoolReview),
        .. GateRows.Enter(S.SigningReturned, T.UploadStamped, Actor.Graduate, S.PendingSigningDepartmentReview, S.PendingSigningSchoolReview),
        .. GateRows.Enter(S.SigningReturned, T.UploadStamped, Actor.EmployerLink, S.PendingSigningDepartmentReview, S.PendingSigningSchoolReview),

        // 签约审核.
        .. GateRows.Review(S.PendingSigningDepartmentReview, S.PendingSigningSchoolReview, S.Signed, S.Void,
            T.Approve, T.Fail, (T.Return, S.SigningReturned)),

        // An approved offline termination (§4.4) ends the agreement.
        new(S.Signed, T.Terminate, Actor.System, S.Terminated),
    ])
        // From 提交 to 签约成功 the application is the graduate's one current destination (SPEC §3).
        .Holding(Hold.CurrentDestination, AgreementStates.IsCurrent)
        // The queue orders by when the item reached its gate.
        .StampOn(T.Submit, nameof(Agreement.AnsweredAt))
        .StampOn(T.UploadStamped, nameof(Agreement.AnsweredAt))
        .Stamp(S.Signed, nameof(Agreement.SignedAt));
}
