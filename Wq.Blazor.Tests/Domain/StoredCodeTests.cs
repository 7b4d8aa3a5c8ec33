using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Tests.Domain;

/// <summary>
/// The strings stored in audit rows, attachment owners and live topics, pinned. Renaming a C#
/// member must not change what history means: if one of these fails, the change rewrote history.
/// New members add lines here; existing lines never change.
/// </summary>
public class StoredCodeTests
{
    [Fact]
    public void Record_kinds_keep_their_codes() => Pinned<RecordKind>(
        "Agreement Termination DestinationRegistration Employer Graduate School Department User CorrectionRequest Notification");

    [Fact]
    public void Agreement_states_and_triggers_keep_their_codes()
    {
        Pinned<AgreementState>("Invited PendingDepartmentReview PendingSchoolReview Signed Rejected Expired Withdrawn ReviewFailed Terminated " +
            "PendingAgreementDepartmentReview PendingAgreementSchoolReview AgreementReturned AgreementApproved " +
            "PendingSigningDepartmentReview PendingSigningSchoolReview SigningReturned Returned Void");
        Pinned<AgreementTrigger>("Invite Accept Reject Withdraw Expire Approve Return Fail Submit UploadStamped Terminate");
    }

    [Fact]
    public void Termination_states_and_triggers_keep_their_codes()
    {
        Pinned<TerminationState>("AwaitingCounterparty PendingDepartmentReview PendingSchoolReview Approved Rejected Declined Cancelled");
        Pinned<TerminationTrigger>("Apply Agree Decline Cancel Approve Fail");
    }

    [Fact]
    public void Registration_states_and_triggers_keep_their_codes()
    {
        Pinned<RegistrationState>("PendingDepartmentReview PendingSchoolReview Returned Approved ReviewFailed Voided Withdrawn " +
            "ChangePendingDepartmentReview ChangePendingSchoolReview ChangeReturned");
        Pinned<RegistrationTrigger>("Submit Approve Return Fail Resubmit VoidBySigning Withdraw SubmitChange Supersede");
    }

    [Fact]
    public void Certification_and_other_audit_actions_keep_their_codes()
    {
        Pinned<CertificationState>("Pending Certified Refused");
        Pinned<CertificationTrigger>("Register Certify RefuseCertification ResubmitCertification");
        Pinned<AuditAction>("Register ConfirmInfo RequestCorrection ResolveCorrection CreateSchool CreateDepartment SetReviewMode CreateReviewer SeedDemoData " +
            "CreateEmployerUploadLink RosterImport SendBindingCode UnbindAccount");
    }

    [Fact]
    public void Queue_kinds_keep_their_codes()
    {
        // Stored in QueueRows.Kind (ADR 0019) and written by the StoredReviewQueue migration's backfill.
        Assert.Equal(["online-signing", "termination", "offline-signing", "paper-registration", "destination-registration"],
            [ReviewKinds.OnlineSigning, ReviewKinds.Termination, ReviewKinds.OfflineSigning, ReviewKinds.PaperRegistration, ReviewKinds.DestinationRegistration]);
    }

    [Fact]
    public void Every_stored_member_has_a_code_and_codes_read_back_to_the_same_member()
    {
        foreach (var state in Enum.GetValues<AgreementState>().Where(s => s != AgreementState.None))
        {
            Assert.True(StoredCode.TryParse<AgreementState>(StoredCode.Of(state), out var back));
            Assert.Equal(state, back);
        }
        Assert.False(StoredCode.TryParse<AgreementState>("NoSuchState", out _));
        Assert.Throws<InvalidOperationException>(() => StoredCode.Of(AgreementState.None));
        Assert.Equal("Agreement:12", new RecordRef(RecordKind.Agreement, 12).ToString());
        Assert.True(RecordRef.TryParse("Termination:7", out var r));
        Assert.Equal(new RecordRef(RecordKind.Termination, 7), r);
        Assert.False(RecordRef.TryParse("Nope:7", out _));
    }

    /// <summary>Every member but the never-stored None has a code, and the codes are exactly these, in this order.</summary>
    private static void Pinned<TEnum>(string codes) where TEnum : struct, Enum
    {
        var members = Enum.GetValues<TEnum>().Where(v => v.ToString() != "None").ToList();
        Assert.Equal(codes.Split(' '), members.Select(m => StoredCode.Of(m)).ToArray());
    }
}
