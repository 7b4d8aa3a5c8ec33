using Microsoft.EntityFrameworkCore;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>The graduate accepting, the graduate rejecting (another tab) and the employer withdrawing at the same instant: one wins, cleanly.</summary>
public class RaceAnswerTests(SigningApp app) : IClassFixture<SigningApp>
{
    private const int Rounds = 10;

    [Fact]
    public async Task Accept_reject_and_withdraw_released_together_leave_exactly_one_answer_in_every_round()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var graduate = await app.NewGraduateAsync();
            var employer = await app.NewEmployerAsync();
            var id = await app.InviteAsync(employer, graduate);
            var before = await app.WorldAsync(id);
            Func<Task<OpResult>>[] answers =
            [
                async () => await app.Responses.AcceptAsync(graduate, id, 0),
                async () => await app.Responses.RejectAsync(graduate, id, "另有安排", 0),
                async () => await app.Invitations.WithdrawAsync(employer, id, 0),
            ];

            var results = await Together.RunAsync(answers.Length, i => answers[i]());

            var winners = Enumerable.Range(0, answers.Length).Where(i => results[i].Ok).ToList();
            Assert.True(winners.Count == 1, $"round {round}: {winners.Count} answers succeeded");
            Assert.All(results.Where(r => !r.Ok), r => { Assert.False(r.NotFound); Expect.Chinese(r.Error); });
            var (state, action) = winners[0] switch
            {
                0 => (AgreementState.PendingDepartmentReview, "Accept"),
                1 => (AgreementState.Rejected, "Reject"),
                _ => (AgreementState.Withdrawn, "Withdraw"),
            };
            var after = await app.WorldAsync(id);
            Assert.Equal((state, before.Version + 1, before.AuditRows + 1), (after.State, after.Version, after.AuditRows));
            Assert.Equal(action, (await app.AuditAsync("Agreement", id)).Last().Action);
            await using var db = await app.DbAsync();
            Assert.Equal(state == AgreementState.PendingDepartmentReview,
                await db.DestinationClaims.AnyAsync(c => c.GraduateId == graduate.GraduateId && c.RecordId == id));
            Assert.Equal(before.Claims + (winners[0] == 0 ? 1 : 0), after.Claims);
        }
    }
}
