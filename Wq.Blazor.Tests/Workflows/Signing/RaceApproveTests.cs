using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Infrastructure.Audit;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>A double click times 32: the same reviewer approving one item from 32 tasks at once moves it once.</summary>
public class RaceApproveTests(SigningApp app) : IClassFixture<SigningApp>
{
    private const int Rounds = 10;
    private const int Clicks = 32;

    [Fact]
    public async Task Thirty_two_simultaneous_approvals_of_one_item_succeed_exactly_once_in_every_round()
    {
        var dept1 = await app.ActorAsync("dept1");
        var school1 = await app.ActorAsync("school1");

        for (var round = 0; round < Rounds; round++)
        {
            // Even rounds race at the department gate, odd rounds at the school gate (which issues the PDF).
            var (_, _, id) = await app.PendingDepartmentReviewAsync();
            var atSchool = round % 2 == 1;
            if (atSchool) await app.DecideAsync(dept1, id, ReviewDecision.Approve);
            var reviewer = atSchool ? school1 : dept1;
            var before = await app.WorldAsync(id);
            var auditBefore = (await app.AuditAsync("Agreement", id)).Count;
            var command = new ReviewCommand(ReviewKinds.OnlineSigning, id, ReviewDecision.Approve, null, before.Version);

            var results = await Together.RunAsync(Clicks, _ => app.Reviews.DecideAsync(reviewer, command));
            await app.DrainPdfJobsAsync(); // the PDF is issued after commit; one approval means one document

            Assert.True(results.Count(r => r.Ok) == 1, $"round {round}: {results.Count(r => r.Ok)} approvals succeeded");
            Assert.All(results.Where(r => !r.Ok), r => { Assert.False(r.NotFound); Expect.Chinese(r.Error); });
            var expected = atSchool ? AgreementState.Signed : AgreementState.PendingSchoolReview;
            var row = Assert.Single((await app.AuditAsync("Agreement", id)).Skip(auditBefore));
            Assert.Equal(("Approve", before.State.ToString(), expected.ToString()), (row.Action, row.FromState, row.ToState));
            var after = await app.WorldAsync(id);
            Assert.Equal((expected, before.Version + 1), (after.State, after.Version));
            Assert.Equal(before.AuditRows + 1, after.AuditRows);
            await using var db = await app.DbAsync();
            var pdfs = await db.Attachments.CountAsync(x => x.OwnerRef == $"Agreement:{id}");
            Assert.Equal(atSchool ? 1 : 0, pdfs);
            Assert.Equal(before.Attachments + pdfs, after.Attachments);
        }
        var chain = await app.Get<AuditChainVerifier>().VerifyAsync();
        Assert.True(chain.Intact, chain.Problem);
    }
}
