using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Tests.Workflows;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Workflows.Terminations;

/// <summary>A fresh 计算机学院 graduate signed with emp1 through the real services (invite, accept, both reviews).</summary>
public sealed record SignedAgreement(long AgreementId, ActorContext Graduate, ActorContext Employer, ActorContext Dept, ActorContext School);

public static class SignedAgreements
{
    public static async Task<SignedAgreement> CreateAsync(AppFixture app)
    {
        var data = app.Data;
        var dept = await data.ActorAsync("dept1");
        var school = await data.ActorAsync("school1");
        var employer = await data.ActorAsync("emp1");
        var graduate = (await data.RegisterGraduateAsync(dept.DepartmentId)).Actor;
        await using (var db = data.NewDb())
            await db.Graduates.Where(g => g.Id == graduate.GraduateId)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.InfoConfirmedAt, DateTimeOffset.UtcNow));

        var sp = app.Services;
        var invited = await sp.GetRequiredService<InvitationService>().InviteAsync(employer, graduate.GraduateId!.Value, new TermsInput
        {
            PositionTitle = "测试工程师", JobCategoryCode = "13", WorkLocation = "北京", MonthlySalary = 12000, ProbationMonths = 3,
            ArchiveReceiver = "1", ResponseDays = 5,
        });
        Assert.True(invited.Ok, invited.Error);
        var id = invited.Value;
        Ok(await sp.GetRequiredService<ResponseService>().AcceptAsync(graduate, id));
        var queue = sp.GetRequiredService<ReviewQueueService>();
        Ok(await queue.DecideAsync(dept, new ReviewCommand(ReviewKinds.OnlineSigning, id, ReviewDecision.Approve, null, null)));
        Ok(await queue.DecideAsync(school, new ReviewCommand(ReviewKinds.OnlineSigning, id, ReviewDecision.Approve, null, null)));
        return new SignedAgreement(id, graduate, employer, dept, school);
    }

    public static void Ok(OpResult result) => Assert.True(result.Ok, result.Error);
}
