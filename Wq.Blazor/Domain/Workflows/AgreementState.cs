namespace Wq.Blazor.Domain.Workflows;

/// <summary>Every state an agreement of any channel can be in (SPEC §4.1, §4.3, §4.5).</summary>
public enum AgreementState
{
    /// <summary>Not yet created: the <c>From</c> of a table's creating rows; never stored.</summary>
    None = 0,
    // online (线上签约)
    [StoredCode("Invited")] Invited = 1,
    [StoredCode("PendingDepartmentReview")] PendingDepartmentReview = 2,
    [StoredCode("PendingSchoolReview")] PendingSchoolReview = 3,
    [StoredCode("Signed")] Signed = 4,
    [StoredCode("Rejected")] Rejected = 5,
    [StoredCode("Expired")] Expired = 6,
    [StoredCode("Withdrawn")] Withdrawn = 7,
    [StoredCode("ReviewFailed")] ReviewFailed = 8,
    [StoredCode("Terminated")] Terminated = 9,
    // offline (线下签约) and paper registration (已签协议登记)
    [StoredCode("PendingAgreementDepartmentReview")] PendingAgreementDepartmentReview = 20,
    [StoredCode("PendingAgreementSchoolReview")] PendingAgreementSchoolReview = 21,
    [StoredCode("AgreementReturned")] AgreementReturned = 22,
    [StoredCode("AgreementApproved")] AgreementApproved = 23,
    [StoredCode("PendingSigningDepartmentReview")] PendingSigningDepartmentReview = 24,
    [StoredCode("PendingSigningSchoolReview")] PendingSigningSchoolReview = 25,
    [StoredCode("SigningReturned")] SigningReturned = 26,
    [StoredCode("Returned")] Returned = 27,
    [StoredCode("Void")] Void = 28,
}

public enum AgreementTrigger
{
    [StoredCode("Invite")] Invite,
    [StoredCode("Accept")] Accept,
    [StoredCode("Reject")] Reject,
    [StoredCode("Withdraw")] Withdraw,
    [StoredCode("Expire")] Expire,
    [StoredCode("Approve")] Approve,
    [StoredCode("Return")] Return,
    [StoredCode("Fail")] Fail,
    [StoredCode("Submit")] Submit,
    [StoredCode("UploadStamped")] UploadStamped,
    [StoredCode("Terminate")] Terminate,
}

public static class AgreementStates
{
    /// <summary>States in which the agreement is the graduate's current destination (SPEC §3).</summary>
    public static bool IsCurrent(AgreementState s) => s is
        AgreementState.PendingDepartmentReview or AgreementState.PendingSchoolReview or AgreementState.Signed or
        AgreementState.PendingAgreementDepartmentReview or AgreementState.PendingAgreementSchoolReview or
        AgreementState.AgreementReturned or AgreementState.AgreementApproved or
        AgreementState.PendingSigningDepartmentReview or AgreementState.PendingSigningSchoolReview or
        AgreementState.SigningReturned or AgreementState.Returned;

    /// <summary>Which gate an item waits at, or null when no reviewer is due to act.</summary>
    public static ReviewLevel? ReviewLevel(AgreementState s) => s switch
    {
        AgreementState.PendingDepartmentReview or AgreementState.PendingAgreementDepartmentReview
            or AgreementState.PendingSigningDepartmentReview => Workflows.ReviewLevel.Department,
        AgreementState.PendingSchoolReview or AgreementState.PendingAgreementSchoolReview
            or AgreementState.PendingSigningSchoolReview => Workflows.ReviewLevel.School,
        _ => null,
    };

    public static string Label(AgreementState s, AgreementChannel channel = AgreementChannel.Online) => s switch
    {
        AgreementState.Invited => "待应约",
        AgreementState.PendingDepartmentReview => channel == AgreementChannel.PaperRegistration ? "登记待院系审核" : "待院系审核",
        AgreementState.PendingSchoolReview => channel == AgreementChannel.PaperRegistration ? "登记待学校审核" : "待学校审核",
        AgreementState.Signed => channel == AgreementChannel.PaperRegistration ? "登记成功" : "签约成功",
        AgreementState.Rejected => "已拒绝",
        AgreementState.Expired => "已过期",
        AgreementState.Withdrawn => "已撤回",
        AgreementState.ReviewFailed => "签约失败",
        AgreementState.Terminated => "已解约",
        AgreementState.PendingAgreementDepartmentReview => "协议待院系审核",
        AgreementState.PendingAgreementSchoolReview => "协议待学校审核",
        AgreementState.AgreementReturned => "协议退回修改",
        AgreementState.AgreementApproved => "就业协议审核通过",
        AgreementState.PendingSigningDepartmentReview => "签约待院系审核",
        AgreementState.PendingSigningSchoolReview => "签约待学校审核",
        AgreementState.SigningReturned => "回传退回修改",
        AgreementState.Returned => "退回修改",
        AgreementState.Void => "已作废",
        _ => s.ToString(),
    };
}

public enum ReviewLevel { Department = 1, School = 2 }
