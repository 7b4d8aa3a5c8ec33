using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Tests.Workflows;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Signing;
using Wq.Blazor.Workflows.Terminations;
using static Wq.Blazor.Tests.Workflows.Terminations.SignedAgreements;

namespace Wq.Blazor.Tests.Workflows.Terminations;

/// <summary>线上解约 through the real services on a real SQLite file (SPEC §4.2).</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class OnlineTerminationServiceTests(AppFixture app)
{
    private TerminationService Terminations => app.Services.GetRequiredService<TerminationService>();
    private ReviewQueueService Queue => app.Services.GetRequiredService<ReviewQueueService>();

    private async Task<(AgreementState Agreement, TerminationState? Termination, bool Claimed)> StateAsync(long agreementId)
    {
        await using var db = app.NewDb();
        var a = await db.Agreements.AsNoTracking().SingleAsync(x => x.Id == agreementId);
        var t = await db.Terminations.AsNoTracking().Where(x => x.AgreementId == agreementId).OrderByDescending(x => x.Id)
            .Select(x => (TerminationState?)x.State).FirstOrDefaultAsync();
        var claimed = await db.DestinationClaims.AnyAsync(c => c.GraduateId == a.GraduateId && c.RecordId == agreementId);
        return (a.State, t, claimed);
    }

    private Task<Wq.Blazor.Workflows.OpResult<bool>> Review(Wq.Blazor.Workflows.ActorContext reviewer, long id, ReviewDecision d, string? opinion = null) =>
        Queue.DecideAsync(reviewer, new ReviewCommand(ReviewKinds.Termination, id, d, opinion, null));

    [Fact]
    public async Task Graduate_applies_employer_agrees_both_levels_approve_and_the_graduate_is_free()
    {
        var s = await CreateAsync(app);
        var applied = await Terminations.ApplyAsync(s.Graduate, s.AgreementId, "30", "双方协商");
        Ok(applied);
        Assert.Equal((AgreementState.Signed, TerminationState.AwaitingCounterparty, true), await StateAsync(s.AgreementId));

        Ok(await Terminations.AnswerAsync(s.Employer, applied.Value, agree: true, null));
        Assert.Equal(TerminationState.PendingDepartmentReview, (await StateAsync(s.AgreementId)).Termination);
        Ok(await Review(s.Dept, applied.Value, ReviewDecision.Approve));
        Assert.Equal(TerminationState.PendingSchoolReview, (await StateAsync(s.AgreementId)).Termination);
        Ok(await Review(s.School, applied.Value, ReviewDecision.Approve));

        Assert.Equal((AgreementState.Terminated, TerminationState.Approved, false), await StateAsync(s.AgreementId));
        var verify = await app.Services.GetRequiredService<AgreementQueries>().GetAsync(s.Graduate, s.AgreementId);
        Assert.Equal("已解约", verify!.StateLabel);
    }

    [Fact]
    public async Task Employer_may_apply_too_and_the_graduate_answers()
    {
        var s = await CreateAsync(app);
        var applied = await Terminations.ApplyAsync(s.Employer, s.AgreementId, "22", null);
        Ok(applied);
        var refused = await Terminations.AnswerAsync(s.Employer, applied.Value, agree: true, null);
        Assert.False(refused.Ok); // the initiator cannot answer their own request
        Ok(await Terminations.AnswerAsync(s.Graduate, applied.Value, agree: true, null));
        Assert.Equal(TerminationState.PendingDepartmentReview, (await StateAsync(s.AgreementId)).Termination);
    }

    [Fact]
    public async Task Disagreeing_needs_a_reason_and_leaves_the_agreement_signed()
    {
        var s = await CreateAsync(app);
        var id = (await Terminations.ApplyAsync(s.Graduate, s.AgreementId, "11", null)).Value;
        var noReason = await Terminations.AnswerAsync(s.Employer, id, agree: false, "  ");
        Assert.Equal("不同意解约时请填写原因", noReason.Error);
        Assert.Equal(TerminationState.AwaitingCounterparty, (await StateAsync(s.AgreementId)).Termination);

        Ok(await Terminations.AnswerAsync(s.Employer, id, agree: false, "岗位已安排"));
        Assert.Equal((AgreementState.Signed, TerminationState.Declined, true), await StateAsync(s.AgreementId));
        Ok(await Terminations.ApplyAsync(s.Graduate, s.AgreementId, "11", null)); // a new request may follow
    }

    [Fact]
    public async Task School_rejection_leaves_the_agreement_signed_and_requires_a_reason()
    {
        var s = await CreateAsync(app);
        var id = (await Terminations.ApplyAsync(s.Graduate, s.AgreementId, "30", null)).Value;
        Ok(await Terminations.AnswerAsync(s.Employer, id, true, null));
        Ok(await Review(s.Dept, id, ReviewDecision.Approve));
        Assert.Equal("审核不通过时请填写原因", (await Review(s.School, id, ReviewDecision.Fail)).Error);
        Ok(await Review(s.School, id, ReviewDecision.Fail, "请补充材料"));
        Assert.Equal((AgreementState.Signed, TerminationState.Rejected, true), await StateAsync(s.AgreementId));
    }

    [Fact]
    public async Task Initiator_may_cancel_while_waiting_but_not_after_the_answer()
    {
        var s = await CreateAsync(app);
        var id = (await Terminations.ApplyAsync(s.Graduate, s.AgreementId, "30", null)).Value;
        Assert.False((await Terminations.CancelAsync(s.Employer, id)).Ok); // not theirs to cancel
        Ok(await Terminations.CancelAsync(s.Graduate, id));
        Assert.Equal(TerminationState.Cancelled, (await StateAsync(s.AgreementId)).Termination);

        var second = (await Terminations.ApplyAsync(s.Graduate, s.AgreementId, "30", null)).Value;
        Ok(await Terminations.AnswerAsync(s.Employer, second, true, null));
        Assert.False((await Terminations.CancelAsync(s.Graduate, second)).Ok);
    }

    [Fact]
    public async Task Other_reason_needs_an_explanation_and_refusals_write_nothing()
    {
        var s = await CreateAsync(app);
        await using var before = app.NewDb();
        var audit = await before.AuditEvents.CountAsync();
        var result = await Terminations.ApplyAsync(s.Graduate, s.AgreementId, "99", "");
        Assert.Equal("选择「其他原因」时请填写解约说明", result.Error);
        Assert.False((await Terminations.ApplyAsync(s.Graduate, s.AgreementId, "no-such-reason", "x")).Ok);
        await using var after = app.NewDb();
        Assert.Equal(audit, await after.AuditEvents.CountAsync());
        Assert.False(await after.Terminations.AnyAsync(t => t.AgreementId == s.AgreementId));
    }

    [Fact]
    public async Task Reviewers_act_only_at_their_own_gate()
    {
        var s = await CreateAsync(app);
        var id = (await Terminations.ApplyAsync(s.Graduate, s.AgreementId, "30", null)).Value;
        Ok(await Terminations.AnswerAsync(s.Employer, id, true, null));
        Assert.False((await Review(s.School, id, ReviewDecision.Approve)).Ok); // department first
        Ok(await Review(s.Dept, id, ReviewDecision.Approve));
        Assert.False((await Review(s.Dept, id, ReviewDecision.Approve)).Ok); // now the school's
    }

    [Fact]
    public async Task Outsiders_get_not_found_for_the_request_and_its_actions()
    {
        var s = await CreateAsync(app);
        var id = (await Terminations.ApplyAsync(s.Graduate, s.AgreementId, "30", null)).Value;
        var otherGraduate = await app.Data.ActorAsync("grad2");
        var otherEmployer = await app.Data.ActorAsync("emp2");
        var queries = app.Services.GetRequiredService<TerminationQueries>();

        Assert.Null(await queries.GetAsync(otherGraduate, id));
        Assert.Null(await queries.GetAsync(otherEmployer, id));
        Assert.True((await Terminations.AnswerAsync(otherEmployer, id, true, null)).NotFound);
        Assert.True((await Terminations.CancelAsync(otherGraduate, id)).NotFound);
        Assert.True((await Terminations.ApplyAsync(otherEmployer, s.AgreementId, "30", null)).NotFound);
        Assert.NotNull(await queries.GetAsync(s.Employer, id));
    }

    [Fact]
    public async Task Two_requests_at_once_make_one_open_request()
    {
        var s = await CreateAsync(app);
        using var barrier = new Barrier(2);
        var tasks = new[] { s.Graduate, s.Employer }.Select(actor => Task.Run(async () =>
        {
            barrier.SignalAndWait();
            return await Terminations.ApplyAsync(actor, s.AgreementId, "30", null);
        })).ToArray();
        var results = await Task.WhenAll(tasks);

        Assert.Single(results, r => r.Ok);
        Assert.Contains(results, r => r.Error == TerminationService.AlreadyOpen);
        await using var db = app.NewDb();
        Assert.Equal(1, await db.Terminations.CountAsync(t => t.AgreementId == s.AgreementId));
    }

    [Fact]
    public async Task Racing_approvals_give_one_result_and_one_audit_row_per_changed_record()
    {
        for (var round = 0; round < 5; round++)
        {
            var s = await CreateAsync(app);
            var id = (await Terminations.ApplyAsync(s.Graduate, s.AgreementId, "30", null)).Value;
            Ok(await Terminations.AnswerAsync(s.Employer, id, true, null));
            Ok(await Review(s.Dept, id, ReviewDecision.Approve));

            using var barrier = new Barrier(8);
            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                barrier.SignalAndWait();
                return await Review(s.School, id, ReviewDecision.Approve);
            })));

            Assert.Single(results, r => r.Ok);
            await using var db = app.NewDb();
            var idText = id.ToString();
            var agreementText = s.AgreementId.ToString();
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.RecordType == "Termination" && e.RecordId == idText && e.FromState == "PendingSchoolReview"));
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.RecordType == "Agreement" && e.RecordId == agreementText && e.Action == "Terminate"));
            Assert.Equal(AgreementState.Terminated, (await StateAsync(s.AgreementId)).Agreement);
        }
    }
}
