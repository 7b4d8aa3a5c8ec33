using A = Wq.Blazor.Domain.Workflows.Actor;
using M = Wq.Blazor.Domain.Model.ReviewMode;

namespace Wq.Blazor.Tests.Domain;

/// <summary>
/// Every (state × trigger × actor × review mode) of each workflow table against a list written
/// by hand from SPEC §4. The lists are not derived from the tables: a row added, dropped or
/// retargeted in the app shows up here as a named mismatch.
/// </summary>
public class WorkflowTableTests
{
    /// <summary>One allowed move; no modes means "in every review mode".</summary>
    internal sealed record Allowed<TState>(TState From, Enum Trigger, A Actor, TState To, params M[] Modes)
    {
        public bool In(M mode) => Modes.Length == 0 || Modes.Contains(mode);
    }

    private static Allowed<S> Row<S>(S from, Enum trigger, A actor, S to, params M[] modes) => new(from, trigger, actor, to, modes);

    private const M Dept = M.DepartmentOnly, School = M.SchoolOnly, Two = M.TwoLevel;

    // SPEC §4.1 线上签约.
    private static readonly Allowed<AgreementState>[] OnlineSigning =
    [
        // Created by the employer's invitation (guide §3.1).
        Row(AgreementState.None, AgreementTrigger.Invite, A.Employer, AgreementState.Invited),
        // 待应约: the graduate accepts (→ the school's entry gate) or rejects; the employer withdraws; time expires it.
        Row(AgreementState.Invited, AgreementTrigger.Accept, A.Graduate, AgreementState.PendingDepartmentReview, Dept, Two),
        Row(AgreementState.Invited, AgreementTrigger.Accept, A.Graduate, AgreementState.PendingSchoolReview, School),
        Row(AgreementState.Invited, AgreementTrigger.Reject, A.Graduate, AgreementState.Rejected),
        Row(AgreementState.Invited, AgreementTrigger.Withdraw, A.Employer, AgreementState.Withdrawn),
        Row(AgreementState.Invited, AgreementTrigger.Expire, A.System, AgreementState.Expired),
        // 待院系审核: 通过 → the school's gate (two levels) or 签约成功 (department only); 不通过 → 签约失败. No 退回修改.
        Row(AgreementState.PendingDepartmentReview, AgreementTrigger.Approve, A.DepartmentReviewer, AgreementState.PendingSchoolReview, Two),
        Row(AgreementState.PendingDepartmentReview, AgreementTrigger.Approve, A.DepartmentReviewer, AgreementState.Signed, Dept),
        Row(AgreementState.PendingDepartmentReview, AgreementTrigger.Fail, A.DepartmentReviewer, AgreementState.ReviewFailed, Dept, Two),
        // 待学校审核.
        Row(AgreementState.PendingSchoolReview, AgreementTrigger.Approve, A.SchoolReviewer, AgreementState.Signed, School, Two),
        Row(AgreementState.PendingSchoolReview, AgreementTrigger.Fail, A.SchoolReviewer, AgreementState.ReviewFailed, School, Two),
        // 签约成功 ends only through an approved online termination (§4.2), applied by the system.
        Row(AgreementState.Signed, AgreementTrigger.Terminate, A.System, AgreementState.Terminated),
        // 已拒绝 / 已过期 / 已撤回 / 签约失败 / 已解约 are final; the offline states are not online signing's.
    ];

    // SPEC §4.2 线上解约.
    private static readonly Allowed<TerminationState>[] OnlineTermination =
    [
        // Either party applies; the other side answers first.
        Row(TerminationState.None, TerminationTrigger.Apply, A.Graduate, TerminationState.AwaitingCounterparty),
        Row(TerminationState.None, TerminationTrigger.Apply, A.Employer, TerminationState.AwaitingCounterparty),
        Row(TerminationState.AwaitingCounterparty, TerminationTrigger.Agree, A.Counterparty, TerminationState.PendingDepartmentReview, Dept, Two),
        Row(TerminationState.AwaitingCounterparty, TerminationTrigger.Agree, A.Counterparty, TerminationState.PendingSchoolReview, School),
        Row(TerminationState.AwaitingCounterparty, TerminationTrigger.Decline, A.Counterparty, TerminationState.Declined),
        Row(TerminationState.AwaitingCounterparty, TerminationTrigger.Cancel, A.Initiator, TerminationState.Cancelled),
        .. TerminationReview(),
    ];

    // SPEC §4.4 线下解约: the graduate applies with the 解约函, straight to the school's entry gate, pass or fail.
    private static readonly Allowed<TerminationState>[] OfflineTermination =
    [
        Row(TerminationState.None, TerminationTrigger.Apply, A.Graduate, TerminationState.PendingDepartmentReview, Dept, Two),
        Row(TerminationState.None, TerminationTrigger.Apply, A.Graduate, TerminationState.PendingSchoolReview, School),
        .. TerminationReview(),
    ];

    private static Allowed<TerminationState>[] TerminationReview() =>
    [
        Row(TerminationState.PendingDepartmentReview, TerminationTrigger.Approve, A.DepartmentReviewer, TerminationState.PendingSchoolReview, Two),
        Row(TerminationState.PendingDepartmentReview, TerminationTrigger.Approve, A.DepartmentReviewer, TerminationState.Approved, Dept),
        Row(TerminationState.PendingDepartmentReview, TerminationTrigger.Fail, A.DepartmentReviewer, TerminationState.Rejected, Dept, Two),
        Row(TerminationState.PendingSchoolReview, TerminationTrigger.Approve, A.SchoolReviewer, TerminationState.Approved, School, Two),
        Row(TerminationState.PendingSchoolReview, TerminationTrigger.Fail, A.SchoolReviewer, TerminationState.Rejected, School, Two),
    ];

    // SPEC §4.6 其他毕业去向登记, and §3 rule 3 (starting an agreement voids a current registration).
    private static readonly Allowed<RegistrationState>[] Registration =
    [
        // The graduate submits; it enters the school's first gate.
        Row(RegistrationState.None, RegistrationTrigger.Submit, A.Graduate, RegistrationState.PendingDepartmentReview, Dept, Two),
        Row(RegistrationState.None, RegistrationTrigger.Submit, A.Graduate, RegistrationState.PendingSchoolReview, School),
        Row(RegistrationState.PendingDepartmentReview, RegistrationTrigger.Approve, A.DepartmentReviewer, RegistrationState.PendingSchoolReview, Two),
        Row(RegistrationState.PendingDepartmentReview, RegistrationTrigger.Approve, A.DepartmentReviewer, RegistrationState.Approved, Dept),
        Row(RegistrationState.PendingDepartmentReview, RegistrationTrigger.Return, A.DepartmentReviewer, RegistrationState.Returned, Dept, Two),
        Row(RegistrationState.PendingDepartmentReview, RegistrationTrigger.Fail, A.DepartmentReviewer, RegistrationState.ReviewFailed, Dept, Two),
        Row(RegistrationState.PendingSchoolReview, RegistrationTrigger.Approve, A.SchoolReviewer, RegistrationState.Approved, School, Two),
        Row(RegistrationState.PendingSchoolReview, RegistrationTrigger.Return, A.SchoolReviewer, RegistrationState.Returned, School, Two),
        Row(RegistrationState.PendingSchoolReview, RegistrationTrigger.Fail, A.SchoolReviewer, RegistrationState.ReviewFailed, School, Two),
        Row(RegistrationState.Returned, RegistrationTrigger.Resubmit, A.Graduate, RegistrationState.PendingDepartmentReview, Dept, Two),
        Row(RegistrationState.Returned, RegistrationTrigger.Resubmit, A.Graduate, RegistrationState.PendingSchoolReview, School),
        // Current registrations (待审核, 退回修改, 审核通过) become 已作废 when signing starts.
        Row(RegistrationState.PendingDepartmentReview, RegistrationTrigger.VoidBySigning, A.System, RegistrationState.Voided),
        Row(RegistrationState.PendingSchoolReview, RegistrationTrigger.VoidBySigning, A.System, RegistrationState.Voided),
        Row(RegistrationState.Returned, RegistrationTrigger.VoidBySigning, A.System, RegistrationState.Voided),
        Row(RegistrationState.Approved, RegistrationTrigger.VoidBySigning, A.System, RegistrationState.Voided),
        Row(RegistrationState.ChangePendingDepartmentReview, RegistrationTrigger.VoidBySigning, A.System, RegistrationState.Voided),
        Row(RegistrationState.ChangePendingSchoolReview, RegistrationTrigger.VoidBySigning, A.System, RegistrationState.Voided),
        Row(RegistrationState.ChangeReturned, RegistrationTrigger.VoidBySigning, A.System, RegistrationState.Voided),
        // 撤销 (issue 9): before the first gate answers, or once returned; never after a reviewer approved.
        Row(RegistrationState.PendingDepartmentReview, RegistrationTrigger.Withdraw, A.Graduate, RegistrationState.Withdrawn, Dept, Two),
        Row(RegistrationState.PendingSchoolReview, RegistrationTrigger.Withdraw, A.Graduate, RegistrationState.Withdrawn, School),
        Row(RegistrationState.Returned, RegistrationTrigger.Withdraw, A.Graduate, RegistrationState.Withdrawn),
        // 变更 of an approved destination: the same gates in its own states; approval supersedes the old one.
        Row(RegistrationState.None, RegistrationTrigger.SubmitChange, A.Graduate, RegistrationState.ChangePendingDepartmentReview, Dept, Two),
        Row(RegistrationState.None, RegistrationTrigger.SubmitChange, A.Graduate, RegistrationState.ChangePendingSchoolReview, School),
        Row(RegistrationState.ChangePendingDepartmentReview, RegistrationTrigger.Approve, A.DepartmentReviewer, RegistrationState.ChangePendingSchoolReview, Two),
        Row(RegistrationState.ChangePendingDepartmentReview, RegistrationTrigger.Approve, A.DepartmentReviewer, RegistrationState.Approved, Dept),
        Row(RegistrationState.ChangePendingDepartmentReview, RegistrationTrigger.Return, A.DepartmentReviewer, RegistrationState.ChangeReturned, Dept, Two),
        Row(RegistrationState.ChangePendingDepartmentReview, RegistrationTrigger.Fail, A.DepartmentReviewer, RegistrationState.ReviewFailed, Dept, Two),
        Row(RegistrationState.ChangePendingSchoolReview, RegistrationTrigger.Approve, A.SchoolReviewer, RegistrationState.Approved, School, Two),
        Row(RegistrationState.ChangePendingSchoolReview, RegistrationTrigger.Return, A.SchoolReviewer, RegistrationState.ChangeReturned, School, Two),
        Row(RegistrationState.ChangePendingSchoolReview, RegistrationTrigger.Fail, A.SchoolReviewer, RegistrationState.ReviewFailed, School, Two),
        Row(RegistrationState.ChangeReturned, RegistrationTrigger.Resubmit, A.Graduate, RegistrationState.ChangePendingDepartmentReview, Dept, Two),
        Row(RegistrationState.ChangeReturned, RegistrationTrigger.Resubmit, A.Graduate, RegistrationState.ChangePendingSchoolReview, School),
        Row(RegistrationState.ChangePendingDepartmentReview, RegistrationTrigger.Withdraw, A.Graduate, RegistrationState.Withdrawn, Dept, Two),
        Row(RegistrationState.ChangePendingSchoolReview, RegistrationTrigger.Withdraw, A.Graduate, RegistrationState.Withdrawn, School),
        Row(RegistrationState.ChangeReturned, RegistrationTrigger.Withdraw, A.Graduate, RegistrationState.Withdrawn),
        Row(RegistrationState.Approved, RegistrationTrigger.Supersede, A.System, RegistrationState.Voided),
    ];

    // SPEC §1 单位认证: registered 待认证; the platform admin certifies or refuses; a refused employer resubmits.
    private static readonly Allowed<CertificationState>[] Certification =
    [
        Row(CertificationState.None, CertificationTrigger.Register, A.Employer, CertificationState.Pending),
        Row(CertificationState.Pending, CertificationTrigger.Certify, A.Admin, CertificationState.Certified),
        Row(CertificationState.Pending, CertificationTrigger.Refuse, A.Admin, CertificationState.Refused),
        Row(CertificationState.Refused, CertificationTrigger.Resubmit, A.Employer, CertificationState.Pending),
    ];

    [Fact]
    public void Online_signing_allows_exactly_the_moves_of_spec_4_1_and_refuses_everything_else() =>
        AssertTable(OnlineSigningWorkflow.Table, OnlineSigning, expectedAllowedCombinations: 3 + 23);

    [Fact]
    public void Online_termination_allows_exactly_the_moves_of_spec_4_2_and_refuses_everything_else() =>
        AssertTable(TerminationWorkflow.Online, OnlineTermination, expectedAllowedCombinations: 3 + 3 + 3 + 3 + 3 + 8);

    [Fact]
    public void Offline_termination_is_only_the_review_gate_of_spec_4_4() =>
        AssertTable(TerminationWorkflow.Offline, OfflineTermination, expectedAllowedCombinations: 3 + 8);

    [Fact]
    public void Destination_registration_allows_exactly_the_moves_of_spec_4_6_and_refuses_everything_else() =>
        AssertTable(RegistrationWorkflow.Table, Registration,
            expectedAllowedCombinations: 3 + 6 * 2 + 3 + 7 * 3 + (2 + 1 + 3) + 3 + 6 * 2 + 3 + (2 + 1 + 3) + 3);

    [Fact]
    public void Certification_is_a_table_with_resubmission_after_refusal() =>
        AssertTable(CertificationWorkflow.Table, Certification, expectedAllowedCombinations: 4 * 3);

    [Fact]
    public void Online_signing_offers_no_return_for_revision_at_any_gate()
    {
        foreach (var state in Enum.GetValues<AgreementState>())
        foreach (var actor in Enum.GetValues<A>())
        foreach (var mode in Enum.GetValues<M>())
            Assert.Null(OnlineSigningWorkflow.Table.Find(state, AgreementTrigger.Return, actor, mode));
    }

    [Fact]
    public void Final_online_states_allow_nothing_to_anyone()
    {
        AgreementState[] final = [AgreementState.Rejected, AgreementState.Expired, AgreementState.Withdrawn,
            AgreementState.ReviewFailed, AgreementState.Terminated];
        foreach (var state in final)
        foreach (var actor in Enum.GetValues<A>())
        foreach (var mode in Enum.GetValues<M>())
            Assert.Empty(OnlineSigningWorkflow.Table.Allowed(state, actor, mode));
    }

    internal static void AssertTable<TState, TTrigger>(WorkflowTable<TState, TTrigger> table, Allowed<TState>[] expected,
        int expectedAllowedCombinations)
        where TState : struct, Enum where TTrigger : struct, Enum
    {
        var mismatches = new List<string>();
        int combinations = 0, allowed = 0;
        foreach (var state in Enum.GetValues<TState>())
        foreach (var trigger in Enum.GetValues<TTrigger>())
        foreach (var actor in Enum.GetValues<A>())
        foreach (var mode in Enum.GetValues<M>())
        {
            combinations++;
            var want = expected.Where(e => e.From.Equals(state) && e.Trigger.Equals(trigger) && e.Actor == actor && e.In(mode)).ToList();
            Assert.True(want.Count <= 1, $"the expected list itself is ambiguous for {state} {trigger} {actor} {mode}");
            var got = table.Find(state, trigger, actor, mode);
            if (want.Count == 1) allowed++;
            var wantText = want.Count == 1 ? want[0].To.ToString() : "refused";
            var gotText = got is null ? "refused" : got.To.ToString();
            if (wantText != gotText)
                mismatches.Add($"{state} + {trigger} by {actor} in {mode}: expected {wantText}, table says {gotText}");
            else if (got is not null)
                Assert.True(got.From.Equals(state) && got.Trigger.Equals(trigger) && got.Actor == actor);

            // What the UI offers as buttons agrees with Find.
            var offered = table.Allowed(state, actor, mode).Contains(trigger);
            if (offered != (want.Count == 1))
                mismatches.Add($"{state} by {actor} in {mode}: Allowed() {(offered ? "offers" : "omits")} {trigger}");
        }
        Assert.Equal(Enum.GetValues<TState>().Length * Enum.GetValues<TTrigger>().Length * Enum.GetValues<A>().Length * 3, combinations);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Equal(expectedAllowedCombinations, allowed);
    }
}
