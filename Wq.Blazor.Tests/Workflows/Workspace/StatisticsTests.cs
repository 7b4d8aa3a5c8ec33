using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Workspace;
using static Wq.Blazor.Tests.Workflows.Workspace.WorkspaceScenarios;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>Counts per state and group, and 毕业去向落实率 (SPEC §8) per department, major and level.</summary>
public class StatisticsTests(SigningApp app) : IClassFixture<SigningApp>
{
    [Fact]
    public async Task Only_final_destinations_count_as_placed_and_rates_split_by_level()
    {
        var school = await SchoolAsync(app);
        var bachelors = await PendingAsync(app, school, 3);
        await PendingAsync(app, school, 1, EducationLevel.Master);
        await app.DecideAsync(school.DepartmentReviewer, bachelors[0], ReviewDecision.Approve);
        await app.DecideAsync(school.SchoolReviewer, bachelors[0], ReviewDecision.Approve);
        await app.DecideAsync(school.DepartmentReviewer, bachelors[1], ReviewDecision.Approve); // not final yet

        var s = (await app.Get<StatisticsService>().ForAsync(school.SchoolReviewer))!;
        Assert.Equal((4, 1, "25.0%"), (s.Overall.Graduates, s.Overall.Placed, s.Overall.RateText.Replace(" ", "")));
        Assert.Equal(1, s.AgreementStates.Single(c => c.Label == "签约成功").Count);
        Assert.Equal(1, s.AgreementStates.Single(c => c.Label == "待学校审核").Count);
        Assert.Equal(2, s.AgreementStates.Single(c => c.Label == "待院系审核").Count);
        Assert.Equal(1, s.DestinationGroups.Single(c => c.Label == "协议和合同就业").Count);
        Assert.Equal(3, s.DestinationGroups.Single(c => c.Label == "未登记").Count);
        var bachelor = s.ByLevel.Single(r => r.Name == "本科");
        Assert.Equal((3, 1), (bachelor.Graduates, bachelor.Placed));
        Assert.Equal((1, 0), (s.ByLevel.Single(r => r.Name == "硕士研究生").Graduates, s.ByLevel.Single(r => r.Name == "硕士研究生").Placed));
        Assert.Equal(4, Assert.Single(s.ByDepartment).Graduates);

        using var xlsx = new MemoryStream();
        await StatisticsExport.WriteAsync(s, xlsx);
        xlsx.Position = 0;
        var sheet = MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "学历落实率").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["本科", "硕士研究生", "合计"], sheet.Select(r => (string)r["名称"]));

        Assert.Null(await app.Get<StatisticsService>().ForAsync(await app.ActorAsync("grad2")));
    }

    [Fact]
    public async Task The_demo_school_counts_grad3s_approved_further_study_as_placed_for_dept2s_department()
    {
        var dept2 = await app.ActorAsync("dept2");
        var s = (await app.Get<StatisticsService>().ForAsync(dept2))!;
        Assert.Equal("经济管理学院", s.ScopeName);
        Assert.True(s.DestinationGroups.Single(c => c.Label == "升学").Count >= 1);
        Assert.True(s.Overall.Placed >= 1);
    }
}
