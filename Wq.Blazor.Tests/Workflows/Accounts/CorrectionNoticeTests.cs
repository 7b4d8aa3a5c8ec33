using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Workflows.Accounts;

namespace Wq.Blazor.Tests.Workflows.Accounts;

/// <summary>Issue 11 item 12: a correction request is seen by its department and the school's reviewers only.</summary>
[Collection(WorkflowsCollection.Name)]
public class CorrectionNoticeTests(AppFixture app)
{
    [Fact]
    public async Task A_correction_notice_reaches_the_own_department_and_the_school_reviewers_but_not_other_departments()
    {
        var dept1 = await app.Data.ActorAsync("dept1");
        var dept2 = await app.Data.ActorAsync("dept2");
        var school1 = await app.Data.ActorAsync("school1");
        var graduate = await app.Data.RegisterGraduateAsync(dept1.DepartmentId);
        var body = $"{graduate.Entry.Name}(";

        var result = await app.Services.GetRequiredService<ProfileService>().RequestCorrectionAsync(graduate.Actor, "专业有误");

        Assert.True(result.Ok, result.Error);
        await using var db = app.NewDb();
        var told = await db.Notifications.Where(n => n.Title == "新的信息更正申请" && n.Body.StartsWith(body)).Select(n => n.UserId).ToListAsync();
        Assert.Contains(dept1.UserId, told);
        Assert.Contains(school1.UserId, told);
        Assert.DoesNotContain(dept2.UserId, told);
        Assert.Equal(told.Count, told.Distinct().Count());
        var staffOfOtherDepartments = await db.Users
            .Where(u => u.SchoolId == graduate.Entry.SchoolId && u.DepartmentId != null && u.DepartmentId != dept1.DepartmentId && u.GraduateId == null)
            .Select(u => u.Id).ToListAsync();
        Assert.Empty(told.Intersect(staffOfOtherDepartments));
    }
}
