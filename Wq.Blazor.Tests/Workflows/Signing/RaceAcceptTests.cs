using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Infrastructure.Audit;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>SPEC §3 under fire: one graduate accepting 16 invitations at the same instant keeps one current destination.</summary>
public class RaceAcceptTests(SigningApp app) : IClassFixture<SigningApp>
{
    private const int Rounds = 10;
    private const int Invitations = 16;

    [Fact]
    public async Task Sixteen_simultaneous_accepts_leave_exactly_one_current_agreement_in_every_round()
    {
        var employers = new List<ActorContext>();
        for (var i = 0; i < Invitations; i++) employers.Add(await app.NewEmployerAsync());
        string[] departments = [SigningApp.ComputerScience, SigningApp.Economics, "机械工程学院", "外国语学院", "数学与统计学院"];

        for (var round = 0; round < Rounds; round++)
        {
            var graduate = await app.NewGraduateAsync(departments[round % departments.Length]);
            var ids = new long[Invitations];
            for (var i = 0; i < Invitations; i++) ids[i] = await app.InviteAsync(employers[i], graduate);
            var before = await app.WorldAsync();

            var results = await Together.RunAsync(Invitations, i => app.Responses.AcceptAsync(graduate, ids[i], version: 0));

            var winners = Enumerable.Range(0, Invitations).Where(i => results[i].Ok).ToList();
            Assert.True(winners.Count == 1, $"round {round}: {winners.Count} accepts succeeded; errors: {string.Join(" | ", results.Select(r => r.Error))}");
            var winner = ids[winners[0]];
            foreach (var failed in results.Where(r => !r.Ok))
            {
                Assert.False(failed.NotFound);
                Expect.Chinese(failed.Error);
            }

            await using var db = await app.DbAsync();
            var claim = await db.DestinationClaims.AsNoTracking().Where(c => c.GraduateId == graduate.GraduateId).ToListAsync();
            Assert.Equal((DestinationKind.Agreement, winner), (Assert.Single(claim).Kind, claim[0].RecordId));
            var agreements = await db.Agreements.AsNoTracking().Where(a => a.GraduateId == graduate.GraduateId).ToListAsync();
            var current = Assert.Single(agreements, a => AgreementStates.IsCurrent(a.State));
            Assert.Equal((winner, AgreementState.PendingDepartmentReview, 1), (current.Id, current.State, current.Version));
            // The others are view-only, not rejected: still 待应约, untouched, unnumbered.
            Assert.All(agreements.Where(a => a.Id != winner), a =>
                Assert.Equal((AgreementState.Invited, 0, (string?)null), (a.State, a.Version, a.Number)));
            var keys = ids.Select(x => x.ToString()).ToList();
            Assert.Single(await db.AuditEvents.AsNoTracking().Where(e => e.RecordType == "Agreement" && keys.Contains(e.RecordId) && e.Action == "Accept").ToListAsync());
            var after = await app.WorldAsync();
            Assert.Equal(before.AuditRows + 1, after.AuditRows);
            Assert.Equal(before.Claims + 1, after.Claims);
            Assert.Equal(before.Notifications + 1, after.Notifications); // the winning employer's one staff account
        }
        var chain = await app.Get<AuditChainVerifier>().VerifyAsync();
        Assert.True(chain.Intact, chain.Problem);
    }
}
