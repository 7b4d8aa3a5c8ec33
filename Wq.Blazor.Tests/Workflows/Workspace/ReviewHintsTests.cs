using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Workspace;
using static Wq.Blazor.Tests.Workflows.Workspace.WorkspaceScenarios;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>SPEC §5.1 hints: flagged on the item, never blocking.</summary>
public class ReviewHintsTests(SigningApp app) : IClassFixture<SigningApp>
{
    [Fact]
    public async Task A_clean_agreement_has_no_hints_and_a_suspicious_one_shows_each_flag_but_can_still_be_approved()
    {
        var school = await SchoolAsync(app);
        var ids = await PendingAsync(app, school, 2);
        var hints = app.Get<ReviewHints>();
        Assert.Empty(await hints.ForAsync(school.DepartmentReviewer, new QueueKey(ReviewKinds.OnlineSigning, ids[0])));

        await using (var db = await app.DbAsync())
        {
            var a = await db.Agreements.Include(x => x.Graduate).SingleAsync(x => x.Id == ids[1]);
            var other = await db.Employers.FirstAsync(x => x.CreditCode != a.EmployerInfo.CreditCode);
            a.EmployerInfo.CreditCode = a.EmployerInfo.CreditCode[..17] + (a.EmployerInfo.CreditCode[17] == '0' ? '1' : '0');
            a.EmployerInfo.ContactPhone = a.Graduate!.Phone;
            other.ContactPhone = a.Graduate.Phone;
            a.Terms.JobCategoryCode = "90";
            await db.SaveChangesAsync();
        }
        var flagged = await hints.ForAsync(school.DepartmentReviewer, new QueueKey(ReviewKinds.OnlineSigning, ids[1]));
        Assert.Equal(["credit-code", "phone-is-graduate", "shared-phone", "job-category-90"], flagged.Select(h => h.Code));

        // Out of scope: nothing, not even the hints.
        var stranger = (await SchoolAsync(app)).SchoolReviewer;
        Assert.Empty(await hints.ForAsync(stranger, new QueueKey(ReviewKinds.OnlineSigning, ids[1])));

        var items = await AllAsync(app, school.DepartmentReviewer);
        var r = await app.Get<BatchReviewService>().DecideAsync(school.DepartmentReviewer, items, Wq.Blazor.Domain.Workflows.ReviewDecision.Approve, null);
        Assert.Equal(2, r.Value!.Succeeded.Count);
    }
}
