using System.Net;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Tests.Workflows;

namespace Wq.Blazor.Tests.Web;

/// <summary>A record's page answers 404 to anyone outside its scope, exactly as for an id that does not exist (SPEC §1).</summary>
[Collection(WebCollection.Name)]
public class RecordScopeHttpTests(AppFixture app)
{
    private async Task<long> Emp1InvitationToGrad1Async()
    {
        await using var db = app.NewDb();
        var emp1 = await db.Users.Where(u => u.UserName == "emp1").Select(u => u.EmployerId).SingleAsync();
        var grad1 = await db.Users.Where(u => u.UserName == "grad1").Select(u => u.GraduateId).SingleAsync();
        return await db.Agreements.Where(a => a.EmployerId == emp1 && a.GraduateId == grad1).Select(a => a.Id).FirstAsync();
    }

    [Theory]
    [InlineData("emp2", "/employer/agreements/{0}")]
    [InlineData("grad2", "/graduate/agreements/{0}")]
    [InlineData("emp1", "/employer/agreements/999999")]
    public async Task Someone_elses_agreement_is_not_found(string userName, string pathFormat)
    {
        var path = string.Format(pathFormat, await Emp1InvitationToGrad1Async());
        using var client = await WebSession.SignedInClientAsync(app, userName);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await WebSession.ReadPageAsync(response);
        Assert.DoesNotContain("星辰科技有限公司", html);
    }

    [Theory]
    [InlineData("emp1", "/employer/agreements/{0}")]
    [InlineData("dept1", "/review/agreements/{0}")]
    [InlineData("school1", "/review/agreements/{0}")]
    public async Task The_parties_and_the_schools_reviewers_see_it(string userName, string pathFormat)
    {
        var path = string.Format(pathFormat, await Emp1InvitationToGrad1Async());
        using var client = await WebSession.SignedInClientAsync(app, userName);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("星辰科技有限公司", await WebSession.ReadPageAsync(response));
    }
}
