using A = Wq.Blazor.Domain.Workflows.Actor;
using M = Wq.Blazor.Domain.Model.ReviewMode;
using S = Wq.Blazor.Domain.Workflows.AgreementState;
using T = Wq.Blazor.Domain.Workflows.AgreementTrigger;

namespace Wq.Blazor.Tests.Domain;

/// <summary>
/// Every cell of the 线下签约 (SPEC §4.3) and 已签协议登记 (§4.5) tables against lists written by hand
/// from the SPEC and the guide (§5, §7), not derived from the tables.
/// </summary>
public class OfflineWorkflowTableTests
{
    private const M Dept = M.DepartmentOnly, School = M.SchoolOnly, Two = M.TwoLevel;

    private static WorkflowTableTests.Allowed<S> Row(S from, T trigger, A actor, S to, params M[] modes) => new(from, trigger, actor, to, modes);

    // SPEC §4.3, guide §5.
    private static readonly WorkflowTableTests.Allowed<S>[] OfflineSigning =
    [
        // 5.1 提交 → 协议审核 at the school's first gate; 5.2 after 退回修改 the graduate edits and submits again.
        Row(S.None, T.Submit, A.Graduate, S.PendingAgreementDepartmentReview, Dept, Two),
        Row(S.None, T.Submit, A.Graduate, S.PendingAgreementSchoolReview, School),
        Row(S.AgreementReturned, T.Submit, A.Graduate, S.PendingAgreementDepartmentReview, Dept, Two),
        Row(S.AgreementReturned, T.Submit, A.Graduate, S.PendingAgreementSchoolReview, School),
        // 5.2 协议审核: 通过 / 退回修改 / 不通过 (已作废) at each gate.
        Row(S.PendingAgreementDepartmentReview, T.Approve, A.DepartmentReviewer, S.PendingAgreementSchoolReview, Two),
        Row(S.PendingAgreementDepartmentReview, T.Approve, A.DepartmentReviewer, S.AgreementApproved, Dept),
        Row(S.PendingAgreementDepartmentReview, T.Return, A.DepartmentReviewer, S.AgreementReturned, Dept, Two),
        Row(S.PendingAgreementDepartmentReview, T.Fail, A.DepartmentReviewer, S.Void, Dept, Two),
        Row(S.PendingAgreementSchoolReview, T.Approve, A.SchoolReviewer, S.AgreementApproved, School, Two),
        Row(S.PendingAgreementSchoolReview, T.Return, A.SchoolReviewer, S.AgreementReturned, School, Two),
        Row(S.PendingAgreementSchoolReview, T.Fail, A.SchoolReviewer, S.Void, School, Two),
        // 5.3 本人回传 by the graduate or 用人单位协助回传 through the link, first time or after 回传退回修改.
        Row(S.AgreementApproved, T.UploadStamped, A.Graduate, S.PendingSigningDepartmentReview, Dept, Two),
        Row(S.AgreementApproved, T.UploadStamped, A.Graduate, S.PendingSigningSchoolReview, School),
        Row(S.AgreementApproved, T.UploadStamped, A.EmployerLink, S.PendingSigningDepartmentReview, Dept, Two),
        Row(S.AgreementApproved, T.UploadStamped, A.EmployerLink, S.PendingSigningSchoolReview, School),
        Row(S.SigningReturned, T.UploadStamped, A.Graduate, S.PendingSigningDepartmentReview, Dept, Two),
        Row(S.SigningReturned, T.UploadStamped, A.Graduate, S.PendingSigningSchoolReview, School),
        Row(S.SigningReturned, T.UploadStamped, A.EmployerLink, S.PendingSigningDepartmentReview, Dept, Two),
        Row(S.SigningReturned, T.UploadStamped, A.EmployerLink, S.PendingSigningSchoolReview, School),
        // 5.4 签约审核: 通过 → 签约成功; 退回修改 → upload again; 不通过 → 已作废.
        Row(S.PendingSigningDepartmentReview, T.Approve, A.DepartmentReviewer, S.PendingSigningSchoolReview, Two),
        Row(S.PendingSigningDepartmentReview, T.Approve, A.DepartmentReviewer, S.Signed, Dept),
        Row(S.PendingSigningDepartmentReview, T.Return, A.DepartmentReviewer, S.SigningReturned, Dept, Two),
        Row(S.PendingSigningDepartmentReview, T.Fail, A.DepartmentReviewer, S.Void, Dept, Two),
        Row(S.PendingSigningSchoolReview, T.Approve, A.SchoolReviewer, S.Signed, School, Two),
        Row(S.PendingSigningSchoolReview, T.Return, A.SchoolReviewer, S.SigningReturned, School, Two),
        Row(S.PendingSigningSchoolReview, T.Fail, A.SchoolReviewer, S.Void, School, Two),
        // §4.4: an approved offline termination ends it.
        Row(S.Signed, T.Terminate, A.System, S.Terminated),
        // The employer (account) acts on nothing; 已作废 and 已解约 are final.
    ];

    // SPEC §4.5, guide §7.
    private static readonly WorkflowTableTests.Allowed<S>[] PaperRegistration =
    [
        Row(S.None, T.Submit, A.Graduate, S.PendingDepartmentReview, Dept, Two),
        Row(S.None, T.Submit, A.Graduate, S.PendingSchoolReview, School),
        Row(S.Returned, T.Submit, A.Graduate, S.PendingDepartmentReview, Dept, Two),
        Row(S.Returned, T.Submit, A.Graduate, S.PendingSchoolReview, School),
        Row(S.PendingDepartmentReview, T.Approve, A.DepartmentReviewer, S.PendingSchoolReview, Two),
        Row(S.PendingDepartmentReview, T.Approve, A.DepartmentReviewer, S.Signed, Dept),
        Row(S.PendingDepartmentReview, T.Return, A.DepartmentReviewer, S.Returned, Dept, Two),
        Row(S.PendingDepartmentReview, T.Fail, A.DepartmentReviewer, S.Void, Dept, Two),
        Row(S.PendingSchoolReview, T.Approve, A.SchoolReviewer, S.Signed, School, Two),
        Row(S.PendingSchoolReview, T.Return, A.SchoolReviewer, S.Returned, School, Two),
        Row(S.PendingSchoolReview, T.Fail, A.SchoolReviewer, S.Void, School, Two),
        Row(S.Signed, T.Terminate, A.System, S.Terminated),
    ];

    [Fact]
    public void Offline_signing_allows_exactly_the_moves_of_spec_4_3_and_refuses_everything_else() =>
        // (提交 + 重新提交) × 3 modes, 协议审核 per mode, 回传 (2 states × 2 actors) × 3 modes, 签约审核 per mode, 解约 × 3.
        WorkflowTableTests.AssertTable(OfflineSigningWorkflow.Table, OfflineSigning, expectedAllowedCombinations:
            2 * 3 + (1 + 1 + 2 + 2 + 2 + 2 + 2) + 4 * 3 + (1 + 1 + 2 + 2 + 2 + 2 + 2) + 3);

    [Fact]
    public void Paper_registration_allows_exactly_the_moves_of_spec_4_5_and_refuses_everything_else() =>
        WorkflowTableTests.AssertTable(PaperRegistrationWorkflow.Table, PaperRegistration, expectedAllowedCombinations:
            2 * 3 + (1 + 1 + 2 + 2 + 2 + 2 + 2) + 3);

    [Fact]
    public void Registered_employers_get_no_action_on_offline_or_paper_agreements()
    {
        foreach (var channel in new[] { AgreementChannel.Offline, AgreementChannel.PaperRegistration })
        foreach (var state in Enum.GetValues<S>())
        foreach (var mode in Enum.GetValues<M>())
            Assert.Empty(AgreementWorkflows.For(channel).Allowed(state, A.Employer, mode));
    }

    [Fact]
    public void Every_channel_holds_the_destination_from_submission_until_signed_and_releases_it_when_void_or_terminated()
    {
        foreach (var channel in Enum.GetValues<AgreementChannel>())
        {
            var table = AgreementWorkflows.For(channel);
            Assert.True(table.IsHeld(Hold.CurrentDestination, S.Signed));
            Assert.False(table.IsHeld(Hold.CurrentDestination, S.Void));
            Assert.False(table.IsHeld(Hold.CurrentDestination, S.Terminated));
            // Signed → Terminated by the system exists on every channel: approved termination ends any of them.
            Assert.Equal(S.Terminated, table.Find(S.Signed, T.Terminate, A.System, M.TwoLevel)?.To);
        }
        Assert.True(OfflineSigningWorkflow.Table.IsHeld(Hold.CurrentDestination, S.AgreementApproved));
        Assert.True(PaperRegistrationWorkflow.Table.IsHeld(Hold.CurrentDestination, S.Returned));
    }
}
