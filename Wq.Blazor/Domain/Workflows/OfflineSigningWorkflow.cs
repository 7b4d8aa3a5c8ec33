using Wq.Blazor.Domain.Records;
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
    private const ReviewMode Dept = ReviewMode.DepartmentOnly, School = ReviewMode.SchoolOnly, Two = ReviewMode.TwoLevel;

    public static readonly WorkflowTable<S, T> Table = new WorkflowTable<S, T>(RecordKind.Agreement,
    [
        // 提交 (and 修改后重新提交) enters the school's first gate of 协议审核.
        new(S.None, T.Submit, Actor.Graduate, S.PendingAgreementDepartmentReview, Dept, Two),
        new(S.None, T.Submit, Actor.Graduate, S.PendingAgreementSchoolReview, School),
        new(S.AgreementReturned, T.Submit, Actor.Graduate, S.PendingAgreementDepartmentReview, Dept, Two),
        new(S.AgreementReturned, T.Submit, Actor.Graduate, S.PendingAgreementSchoolReview, School),

        // 协议审核.
        new(S.PendingAgreementDepartmentReview, T.Approve, Actor.DepartmentReviewer, S.PendingAgreementSchoolReview, Two),
        new(S.PendingAgreementDepartmentReview, T.Approve, Actor.DepartmentReviewer, S.AgreementApproved, Dept),
        new(S.PendingAgreementDepartmentReview, T.Return, Actor.DepartmentReviewer, S.AgreementReturned, Dept, Two),
        new(S.PendingAgreementDepartmentReview, T.Fail, Actor.DepartmentReviewer, S.Void, Dept, Two),
        new(S.PendingAgreementSchoolReview, T.Approve, Actor.SchoolReviewer, S.AgreementApproved, School, Two),
        new(S.PendingAgreementSchoolReview, T.Return, Actor.SchoolReviewer, S.AgreementReturned, School, Two),
        new(S.PendingAgreementSchoolReview, T.Fail, Actor.SchoolReviewer, S.Void, School, Two),

        // 本人回传 or 用人单位协助回传 (the link holder has no account), again after 回传退回修改.
        new(S.AgreementApproved, T.UploadStamped, Actor.Graduate, S.PendingSigningDepartmentReview, Dept, Two),
        new(S.AgreementApproved, T.UploadStamped, Actor.Graduate, S.PendingSigningSchoolReview, School),
        new(S.AgreementApproved, T.UploadStamped, Actor.EmployerLink, S.PendingSigningDepartmentReview, Dept, Two),
        new(S.AgreementApproved, T.UploadStamped, Actor.EmployerLink, S.PendingSigningSchoolReview, School),
        new(S.SigningReturned, T.UploadStamped, Actor.Graduate, S.PendingSigningDepartmentReview, Dept, Two),
        new(S.SigningReturned, T.UploadStamped, Actor.Graduate, S.PendingSigningSchoolReview, School),
        new(S.SigningReturned, T.UploadStamped, Actor.EmployerLink, S.PendingSigningDepartmentReview, Dept, Two),
        new(S.SigningReturned, T.UploadStamped, Actor.EmployerLink, S.PendingSigningSchoolReview, School),

        // 签约审核.
        new(S.PendingSigningDepartmentReview, T.Approve, Actor.DepartmentReviewer, S.PendingSigningSchoolReview, Two),
        new(S.PendingSigningDepartmentReview, T.Approve, Actor.DepartmentReviewer, S.Signed, Dept),
        new(S.PendingSigningDepartmentReview, T.Return, Actor.DepartmentReviewer, S.SigningReturned, Dept, Two),
        new(S.PendingSigningDepartmentReview, T.Fail, Actor.DepartmentReviewer, S.Void, Dept, Two),
        new(S.PendingSigningSchoolReview, T.Approve, Actor.SchoolReviewer, S.Signed, School, Two),
        new(S.PendingSigningSchoolReview, T.Return, Actor.SchoolReviewer, S.SigningReturned, School, Two),
        new(S.PendingSigningSchoolReview, T.Fail, Actor.SchoolReviewer, S.Void, School, Two),

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
