using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Infrastructure.Audit;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>One open invitation per employer and graduate, even when the invite button fires 8 times at once.</summary>
public class RaceInviteTests(SigningApp app) : IClassFixture<SigningApp>
{
    private const int Rounds = 10;
    private const int Clicks = 8;

    [Fact]
    public async Task Eight_simultaneous_invitations_from_one_employer_to_one_graduate_create_exactly_one_in_every_round()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var graduate = await app.NewGraduateAsync();
            var employer = await app.NewEmployerAsync();
            var before = await app.WorldAsync();

            var results = await Together.RunAsync(Clicks, _ => app.Invitations.InviteAsync(employer, graduate.GraduateId!.Value, SigningApp.Terms()));

            Assert.True(results.Count(r => r.Ok) == 1, $"round {round}: {results.Count(r => r.Ok)} invitations created");
            Assert.All(results.Where(r => !r.Ok), r => Assert.Equal(InvitationService.AlreadyInvited, r.Error));
            await using var db = await app.DbAsync();
            var created = await db.Agreements.AsNoTracking()
                .Where(a => a.EmployerId == employer.EmployerId && a.GraduateId == graduate.GraduateId).ToListAsync();
            Assert.Equal(results.Single(r => r.Ok).Value, Assert.Single(created).Id);
            var after = await app.WorldAsync();
            Assert.Equal((before.Agreements + 1, before.AuditRows + 1, before.Notifications + 1),
                (after.Agreements, after.AuditRows, after.Notifications));
            Assert.Single(await app.NotificationsAsync(graduate.UserId));
        }
        var chain = await app.Get<AuditChainVerifier>().VerifyAsync();
        Assert.True(chain.Intact, chain.Problem);
    }
}
