using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Workspace;
using static Wq.Blazor.Tests.Workflows.Workspace.WorkspaceScenarios;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>The workspace grid's reads: scope per reviewer, paging, sorting and filters in SQL.</summary>
public class ReviewQueueQueryTests(SigningApp app) : IClassFixture<SigningApp>
{
    private ReviewQueueQuery Query => app.Get<ReviewQueueQuery>();

    [Fact]
    public async Task Pages_are_at_most_100_stable_and_cover_every_item_exactly_once()
    {
        var school = await SchoolAsync(app);
        var ids = await PendingAsync(app, school, 5);
        var seen = new List<long>();
        for (var page = 0; page < 3; page++)
        {
            var p = await Query.PageAsync(school.DepartmentReviewer, new QueuePageRequest(new QueueFilter(), page, 2, QueueSort.StudentNo));
            Assert.Equal(5, p.Total);
            seen.AddRange(p.Items.Select(i => i.Id));
        }
        Assert.Equal(ids.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());

        var huge = await Query.PageAsync(school.DepartmentReviewer, new QueuePageRequest(new QueueFilter(), 0, 10_000));
        Assert.Equal(5, huge.Items.Count); // clamped to 100 a page, all 5 fit
        var desc = await Query.PageAsync(school.DepartmentReviewer, new QueuePageRequest(new QueueFilter(), 0, 5, QueueSort.StudentNo, true));
        Assert.Equal(desc.Items.Select(i => i.StudentNo).OrderDescending(), desc.Items.Select(i => i.StudentNo));
    }

    [Fact]
    public async Task School_reviewer_sees_department_gate_items_read_only_and_department_reviewer_only_their_gate()
    {
        var school = await SchoolAsync(app);
        var ids = await PendingAsync(app, school, 3);
        await app.DecideAsync(school.DepartmentReviewer, ids[0], ReviewDecision.Approve);

        var dept = await AllAsync(app, school.DepartmentReviewer);
        Assert.Equal(ids.Skip(1).Order(), dept.Select(i => i.Id).Order());
        Assert.All(dept, i => Assert.True(i.Actionable));

        var all = await AllAsync(app, school.SchoolReviewer);
        Assert.Equal(3, all.Count);
        var atSchool = Assert.Single(all, i => i.Actionable);
        Assert.Equal((ids[0], ReviewLevel.School, "待学校审核"), (atSchool.Id, atSchool.Gate, atSchool.StateLabel));
        Assert.All(all.Where(i => !i.Actionable), i => Assert.Equal(("院系审核", "待院系审核"), (i.GateLabel, i.StateLabel)));
        Assert.Equal(1, await Query.CountAsync(school.SchoolReviewer, new QueueFilter { ActionableOnly = true }));

        // Another school's reviewer, and a graduate, see nothing of it.
        var other = await SchoolAsync(app);
        Assert.Empty(await AllAsync(app, other.SchoolReviewer));
        Assert.Equal(0, (await Query.PageAsync(await app.ActorAsync("grad2"), new QueuePageRequest(new QueueFilter(), 0, 50))).Total);
    }

    [Fact]
    public async Task Filters_on_level_keyword_gate_date_and_kind_narrow_the_list_and_counts_per_kind_follow()
    {
        var school = await SchoolAsync(app);
        var bachelors = await PendingAsync(app, school, 2);
        var masters = await PendingAsync(app, school, 1, EducationLevel.Master);
        var r = school.SchoolReviewer;

        Assert.Equal(masters, (await AllAsync(app, r, new QueueFilter { Level = EducationLevel.Master })).Select(i => i.Id));
        var one = (await AllAsync(app, r))[0];
        var byNo = await AllAsync(app, r, new QueueFilter { Keyword = one.StudentNo });
        Assert.Equal(one.Id, Assert.Single(byNo).Id);
        Assert.Equal(3, (await AllAsync(app, r, new QueueFilter { Keyword = "测试" })).Count); // employer name
        Assert.Empty(await AllAsync(app, r, new QueueFilter { Gate = ReviewLevel.School }));
        Assert.Equal(3, (await AllAsync(app, r, new QueueFilter { DepartmentId = school.DepartmentId, Major = "软件工程" })).Count);

        var today = DateOnly.FromDateTime(Wq.Blazor.Domain.ChinaTime.ToChina(app.Clock.GetUtcNow()).DateTime);
        Assert.Equal(3, (await AllAsync(app, r, new QueueFilter { SubmittedFrom = today, SubmittedTo = today })).Count);
        Assert.Empty(await AllAsync(app, r, new QueueFilter { SubmittedFrom = today.AddDays(1) }));

        var counts = await Query.CountsByKindAsync(r, new QueueFilter { Kind = ReviewKinds.Termination });
        Assert.Equal(3, counts[ReviewKinds.OnlineSigning]);
        Assert.Equal(0, counts[ReviewKinds.Termination]);
        Assert.Empty(await AllAsync(app, r, new QueueFilter { Kind = ReviewKinds.Termination }));
        Assert.Empty(await AllAsync(app, r, new QueueFilter { Kind = "no-such-kind" }));
        Assert.Equal(bachelors.Count + masters.Count, (await AllAsync(app, r, new QueueFilter { Kind = ReviewKinds.OnlineSigning })).Count);
    }
}
