using System.Text;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Tests.Workflows.Destinations;
using Wq.Blazor.Tests.Workflows.Offline;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Accounts;
using Wq.Blazor.Workflows.Offline;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Workspace;
using Wq.Blazor.Workflows.Workspace.Roster;
using static Wq.Blazor.Tests.Workflows.Workspace.WorkspaceScenarios;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>
/// The stored queue (ADR 0019) is rewritten by the transition that changes a record or a roster entry:
/// items appear when they reach a gate, move with it, leave when decided, and carry corrected roster data.
/// (The random walk in Core/WorkflowInvariantTests compares it with the sources after every step too.)
/// </summary>
public class QueueProjectionTests(SigningApp app) : IClassFixture<SigningApp>
{
    private ReviewQueueService Reviews => app.Get<ReviewQueueService>();

    private async Task<QueueItem?> FindAsync(TestSchool school, string kind, long id) =>
        (await AllAsync(app, school.SchoolReviewer)).SingleOrDefault(i => i.Kind == kind && i.Id == id);

    private async Task DecideAsync(ActorContext reviewer, string kind, long id, ReviewDecision decision)
    {
        var r = await Reviews.DecideAsync(reviewer, new ReviewCommand(kind, id, decision, decision == ReviewDecision.Approve ? null : "请修改", null));
        Assert.True(r.Ok, r.Error);
    }

    [Fact]
    public async Task Items_of_every_kind_enter_move_between_and_leave_the_gates_with_their_transitions()
    {
        var school = await SchoolAsync(app);
        var (dept, head) = (school.DepartmentReviewer, school.SchoolReviewer);

        // 线上签约: an invitation is not at a gate; the answer puts it at the department gate, approvals move it on and out.
        var graduate = await app.NewGraduateAtAsync(school, EducationLevel.Bachelor);
        var online = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        Assert.Null(await FindAsync(school, ReviewKinds.OnlineSigning, online));
        await app.AcceptAsync(graduate, online);
        var atDept = await FindAsync(school, ReviewKinds.OnlineSigning, online);
        Assert.Equal((ReviewLevel.Department, (await app.AgreementAsync(online)).Version), (atDept!.Gate, atDept.Version));
        await DecideAsync(dept, ReviewKinds.OnlineSigning, online, ReviewDecision.Approve);
        var atSchool = await FindAsync(school, ReviewKinds.OnlineSigning, online);
        Assert.Equal((ReviewLevel.School, atDept.Version + 1, "待学校审核"), (atSchool!.Gate, atSchool.Version, atSchool.StateLabel));
        await StoredQueue.AssertMatchesSourcesAsync(app, "online at the school gate");
        await DecideAsync(head, ReviewKinds.OnlineSigning, online, ReviewDecision.Approve);
        Assert.Null(await FindAsync(school, ReviewKinds.OnlineSigning, online));

        // 线下签约 returned for changes leaves the queue; 已签协议登记 failed leaves it too.
        var offline = await OfflineSteps.SubmitAsync(app, await app.NewGraduateAtAsync(school, EducationLevel.Master));
        var paper = await app.Get<PaperRegistrationService>().SubmitAsync(await app.NewGraduateAtAsync(school, EducationLevel.Doctorate),
            OfflineSteps.Employer(), SigningApp.Terms(), [OfflineSteps.Scan("第1页.png")]);
        Assert.True(paper.Ok, paper.Error);
        Assert.NotNull(await FindAsync(school, ReviewKinds.OfflineSigning, offline));
        Assert.NotNull(await FindAsync(school, ReviewKinds.PaperRegistration, paper.Value));
        await DecideAsync(dept, ReviewKinds.OfflineSigning, offline, ReviewDecision.Return);
        await DecideAsync(dept, ReviewKinds.PaperRegistration, paper.Value, ReviewDecision.Fail);
        Assert.Null(await FindAsync(school, ReviewKinds.OfflineSigning, offline));
        Assert.Null(await FindAsync(school, ReviewKinds.PaperRegistration, paper.Value));

        // 毕业去向登记 through both gates, then its change (变更) waits as a new item.
        var registrant = await app.NewGraduateAtAsync(school, EducationLevel.Bachelor);
        var registration = await app.SubmitAsync(registrant);
        await DecideAsync(dept, ReviewKinds.DestinationRegistration, registration, ReviewDecision.Approve);
        Assert.Equal(ReviewLevel.School, (await FindAsync(school, ReviewKinds.DestinationRegistration, registration))!.Gate);
        await DecideAsync(head, ReviewKinds.DestinationRegistration, registration, ReviewDecision.Approve);
        var change = await app.SubmitAsync(registrant, "802");
        var changed = await FindAsync(school, ReviewKinds.DestinationRegistration, change);
        Assert.Equal(("变更待院系审核", "变更 · 去向代码 802"), (changed!.StateLabel, changed.Summary));
        Assert.Null(await FindAsync(school, ReviewKinds.DestinationRegistration, registration));

        await StoredQueue.AssertMatchesSourcesAsync(app, "after every kind's moves");
    }

    [Fact]
    public async Task A_roster_correction_rewrites_the_graduates_rows_so_the_grid_shows_and_finds_the_new_data()
    {
        var school = await SchoolAsync(app);
        var graduate = await app.NewGraduateAtAsync(school, EducationLevel.Bachelor);
        var id = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        await app.AcceptAsync(graduate, id);
        var before = (await FindAsync(school, ReviewKinds.OnlineSigning, id))!;

        var profile = app.Get<ProfileService>();
        Assert.True((await profile.RequestCorrectionAsync(graduate, "姓名和专业有误")).Ok);
        var request = (await profile.ListCorrectionsAsync(school.SchoolReviewer)).Single(c => c.GraduateId == graduate.GraduateId);
        var resolved = await profile.ResolveCorrectionAsync(school.SchoolReviewer, request.Id, new RosterFix(Name: "陈更正", Major: "人工智能"), "已更正");
        Assert.True(resolved.Ok, resolved.Error);

        Assert.Empty(await AllAsync(app, school.SchoolReviewer, new QueueFilter { Keyword = "陈思远" })); // the old name is gone from the index
        Assert.Equal([id], (await AllAsync(app, school.SchoolReviewer, new QueueFilter { Keyword = "陈更正" })).Select(i => i.Id));
        var found = Assert.Single(await AllAsync(app, school.SchoolReviewer, new QueueFilter { Keyword = "更正" }));
        Assert.Equal((id, "陈更正", "人工智能", before.Version), (found.Id, found.GraduateName, found.Major, found.Version));
        Assert.Equal([id], (await AllAsync(app, school.SchoolReviewer, new QueueFilter { Major = "人工智能" })).Select(i => i.Id));
        await StoredQueue.AssertMatchesSourcesAsync(app, "after a correction");
    }

    [Fact]
    public async Task A_roster_import_that_renames_a_graduate_rewrites_their_rows_and_a_refused_import_rewrites_nothing()
    {
        var school = await SchoolAsync(app);
        var graduate = await app.NewGraduateAtAsync(school, EducationLevel.Bachelor);
        var id = await app.InviteAsync(await app.NewEmployerAsync(), graduate);
        await app.AcceptAsync(graduate, id);
        string Line(Graduate g, string departmentName, string name) =>
            $"{g.StudentNo},{name},男,{g.IdNumber},{departmentName},{g.Major},本科,{g.GraduationYear},{g.Phone},,{g.Origin}";
        string line, bad;
        await using (var db = await app.DbAsync())
        {
            var g = await db.Graduates.Include(x => x.Department).SingleAsync(x => x.Id == graduate.GraduateId);
            line = Line(g, g.Department!.Name, "陈导入");
            bad = Line(g, "火星学院", "陈不该");
        }
        MemoryStream Csv(params string[] lines) =>
            new(Encoding.UTF8.GetBytes(string.Join("\n", ["学号,姓名,性别,身份证号,院系,专业,学历层次,毕业年份,手机号,邮箱,生源地", .. lines])));

        var refused = await app.Get<RosterImportService>().CommitAsync(school.SchoolReviewer, "roster.csv", Csv(bad));
        Assert.False(refused.Ok);
        Assert.Equal("陈思远", (await FindAsync(school, ReviewKinds.OnlineSigning, id))!.GraduateName);

        var imported = await app.Get<RosterImportService>().CommitAsync(school.SchoolReviewer, "roster.csv", Csv(line));
        Assert.True(imported.Ok, imported.Error);
        Assert.Equal(1, imported.Value!.Count(RosterLineStatus.Updated));
        Assert.Equal("陈导入", (await FindAsync(school, ReviewKinds.OnlineSigning, id))!.GraduateName);
        await StoredQueue.AssertMatchesSourcesAsync(app, "after a roster import");
    }

    [Fact]
    public async Task Keywords_of_one_two_or_more_characters_find_substrings_of_name_student_no_and_employer_exactly()
    {
        var school = await SchoolAsync(app);
        var ids = await PendingAsync(app, school, 3);
        var all = await AllAsync(app, school.SchoolReviewer);
        var one = all.Single(i => i.Id == ids[1]);
        async Task<List<long>> Find(string keyword) =>
            (await AllAsync(app, school.SchoolReviewer, new QueueFilter { Keyword = keyword })).Select(i => i.Id).Order().ToList();

        // Every test graduate is 陈思远: one and two characters scan, three use the trigram index; all find the same rows.
        Assert.Equal(ids.Order(), await Find("远"));
        Assert.Equal(ids.Order(), await Find("思远"));
        Assert.Equal(ids.Order(), await Find(" 陈思远 "));
        Assert.Empty(await Find("陈思远x"));
        Assert.Equal([one.Id], await Find(one.StudentNo[1..]));
        Assert.Empty(await Find(one.StudentNo.ToLowerInvariant())); // case-sensitive, like the substring test it replaces
        Assert.Equal(ids.Order(), await Find(one.Counterparty[2..])); // one employer invited all three
        Assert.Empty(await Find("\"陈思远")); // FTS syntax in a keyword is just characters
        Assert.Equal(3, (await app.Get<ReviewQueueQuery>().PageAsync(school.SchoolReviewer,
            new QueuePageRequest(new QueueFilter { Keyword = "科技有限" }, 0, 2))).Total);
    }
}
