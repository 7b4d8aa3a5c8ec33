using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Workspace;
using static Wq.Blazor.Tests.Workflows.Workspace.WorkspaceScenarios;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>The admin's audit list: filters by record, actor, action and time; nobody else sees it.</summary>
public class AuditQueryTests(SigningApp app) : IClassFixture<SigningApp>
{
    [Fact]
    public async Task Admin_filters_events_by_record_actor_action_and_day_and_others_get_nothing()
    {
        var school = await SchoolAsync(app);
        var id = (await PendingAsync(app, school, 1))[0];
        var admin = await app.ActorAsync("admin");
        var audit = app.Get<AuditQuery>();

        var record = await audit.PageAsync(admin, new AuditFilter("Agreement", id.ToString()), 0, 50);
        Assert.Equal(["Accept", "Invite"], record.Items.Select(e => e.Action)); // newest first
        var accept = await audit.PageAsync(admin, new AuditFilter(RecordId: id.ToString(), Action: "Accept", Actor: "陈思远"), 0, 50);
        Assert.Equal(id.ToString(), Assert.Single(accept.Items).RecordId);
        var today = DateOnly.FromDateTime(Wq.Blazor.Domain.ChinaTime.ToChina(app.Clock.GetUtcNow()).DateTime);
        Assert.Equal(2, (await audit.PageAsync(admin, new AuditFilter(RecordId: id.ToString(), RecordType: "Agreement", From: today, To: today), 0, 50)).Total);
        Assert.Equal(0, (await audit.PageAsync(admin, new AuditFilter(RecordId: id.ToString(), From: today.AddDays(1)), 0, 50)).Total);

        var paged = await audit.PageAsync(admin, new AuditFilter(), 0, 1000);
        Assert.InRange(paged.Items.Count, 1, 100); // a page of 1,000 asked, at most 100 given
        Assert.True(paged.Total >= paged.Items.Count);
        Assert.Equal(0, (await audit.PageAsync(school.SchoolReviewer, new AuditFilter(), 0, 50)).Total);
        Assert.Contains("Agreement", (await audit.FacetsAsync(admin)).RecordTypes);
    }
}
