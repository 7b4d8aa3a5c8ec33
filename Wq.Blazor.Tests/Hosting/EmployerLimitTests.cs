using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Tests.Workflows;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Hosting;

/// <summary>Issue 11 item 12: searches and invitations are limited per employer, not per address.</summary>
public class EmployerLimitTests(EmployerLimitTests.LowLimitsApp app) : IClassFixture<EmployerLimitTests.LowLimitsApp>
{
    public sealed class LowLimitsApp : AppFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Wq:EmployerLimits:SearchesPer10Minutes", "3");
            builder.UseSetting("Wq:EmployerLimits:InvitationsPerHour", "2");
        }
    }

    private InvitationService Invitations => app.Services.GetRequiredService<InvitationService>();

    [Fact]
    public async Task Searches_beyond_the_limit_get_a_clear_message_and_another_employer_is_not_affected()
    {
        var emp1 = await app.Data.ActorAsync("emp1");
        var emp2 = await app.Data.ActorAsync("emp2");
        var query = new GraduateQuery(null, null, "10999", "no-such-student");

        for (var i = 0; i < 3; i++)
            Assert.NotEqual(EmployerThrottle.TooManySearches, (await Invitations.FindGraduateAsync(emp1, query)).Error);
        var fourth = await Invitations.FindGraduateAsync(emp1 with { Ip = "203.0.113.9" }, query);
        var other = await Invitations.FindGraduateAsync(emp2, query);

        Assert.Equal(EmployerThrottle.TooManySearches, fourth.Error);
        Assert.NotEqual(EmployerThrottle.TooManySearches, other.Error);
    }

    [Fact]
    public async Task Invitations_beyond_the_limit_are_refused_before_anything_is_written()
    {
        var emp2 = await app.Data.ActorAsync("emp2");
        var results = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            var entry = await app.Data.FreshRosterEntryAsync();
            results.Add((await Invitations.InviteAsync(emp2, entry.GraduateId, SigningApp.Terms())).Error);
        }

        Assert.All(results.Take(2), e => Assert.Null(e));
        Assert.Equal(EmployerThrottle.TooManyInvitations, results[2]);
    }
}
