using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Signing;
using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E.Employer;

/// <summary>A server of its own: these tests add invitations to emp1's demo list.</summary>
public sealed class EmployerListServer : WqServerFactory;

/// <summary>/employer/invitations shows 20 rows a page (?page=N), newest first, and a new invitation appears live on page 1.</summary>
[Collection(E2ECollection.Name)]
public sealed class EmployerListPagingTests(EmployerListServer server, BrowserFixture browser) : IClassFixture<EmployerListServer>
{
    private ILocator Rows(IPage page) => page.Locator("#employer-agreements tbody tr");

    [Fact]
    public async Task The_pager_walks_the_pages_and_a_new_invitation_appears_live_on_page_1()
    {
        // 25 invitations in all: page 1 holds the newest 20, page 2 the oldest 5.
        var total = await InviteUntilAsync(25);
        Assert.Equal(25, total);
        var employer = await Portal.SignInAsync(browser, server, "emp1");
        try
        {
            await Portal.OpenAsync(employer, server, "/employer/invitations");
            await Expect(employer.Locator("#employer-agreements-total")).ToHaveTextAsync("25");
            await Expect(employer.Locator("#pager-current")).ToHaveTextAsync("第 1 / 2 页");
            await Expect(Rows(employer)).ToHaveCountAsync(20);
            var page1 = await IdsAsync(employer);
            Assert.Equal(page1.OrderByDescending(id => id), page1); // newest first

            await employer.Locator("#pager-next").ClickAsync();
            await Expect(employer.Locator("#pager-current")).ToHaveTextAsync("第 2 / 2 页");
            Assert.EndsWith("/employer/invitations?page=2", employer.Url);
            await Expect(Rows(employer)).ToHaveCountAsync(5);
            var page2 = await IdsAsync(employer);
            Assert.True(page2.Max() < page1.Min(), "page 2 continues where page 1 ends");
            await Expect(employer.Locator("#pager-next")).ToHaveCountAsync(0);

            await employer.Locator("#pager-prev").ClickAsync();
            await Expect(employer.Locator("#pager-current")).ToHaveTextAsync("第 1 / 2 页");
            await Expect(Rows(employer)).ToHaveCountAsync(20);

            // Another staff member (here: the service, called directly) invites someone: the open
            // page 1 shows the new row at the top and the new total without a reload.
            var id = await InviteOneAsync();
            await Expect(Rows(employer).First).ToHaveAttributeAsync("data-id", id.ToString());
            await Expect(employer.Locator("#employer-agreements-total")).ToHaveTextAsync("26");
            await Expect(Rows(employer)).ToHaveCountAsync(20);
            Assert.Equal(page1[..19], (await IdsAsync(employer))[1..]);
        }
        catch
        {
            await BrowserFixture.TrySaveScreenshotAsync(employer, "employer-list-paging");
            throw;
        }
        finally { await employer.Context.CloseAsync(); }
    }

    [Theory]
    [InlineData("-1", "第 1 / ")]
    [InlineData("0", "第 1 / ")]
    [InlineData("abc", "第 1 / ")]
    [InlineData("9999", "第 2 / 2 页")]
    public async Task A_bad_page_number_shows_the_nearest_page(string requested, string shown)
    {
        await InviteUntilAsync(21);
        var page = await Portal.SignInAsync(browser, server, "emp1");
        try
        {
            var response = await page.GotoAsync(server.Url($"/employer/invitations?page={requested}"));
            Assert.Equal(200, response!.Status);
            await BrowserFixture.WaitForInteractiveAsync(page);
            await Expect(page.Locator("#pager-current")).ToContainTextAsync(shown);
            await Expect(Rows(page).First).ToBeVisibleAsync();
        }
        catch
        {
            await BrowserFixture.TrySaveScreenshotAsync(page, $"employer-list-page-{requested}");
            throw;
        }
        finally { await page.Context.CloseAsync(); }
    }

    private static async Task<long[]> IdsAsync(IPage page) =>
        (await page.Locator("#employer-agreements tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)"))
        .Select(long.Parse).ToArray();

    /// <summary>Invites roster graduates for emp1 until its list holds at least <paramref name="wanted"/> rows; returns the count.</summary>
    private async Task<int> InviteUntilAsync(int wanted)
    {
        var count = await CountAsync();
        while (count < wanted) { await InviteOneAsync(); count++; }
        return await CountAsync();
    }

    private async Task<int> CountAsync()
    {
        var (db, employerId) = await Emp1Async();
        await using (db) return await db.Agreements.CountAsync(a => a.EmployerId == employerId);
    }

    private async Task<long> InviteOneAsync()
    {
        var (db, employerId) = await Emp1Async();
        ActorContext actor;
        int graduateId;
        await using (db)
        {
            var user = await db.Users.Where(u => u.UserName == "emp1").Select(u => new { u.Id, u.DisplayName }).SingleAsync();
            // No client address: an in-process caller, not held to the per-hour invitation limit.
            actor = new ActorContext(user.Id, user.DisplayName, Roles.Employer, EmployerId: employerId);
            var invited = db.Agreements.Where(a => a.EmployerId == employerId).Select(a => a.GraduateId);
            graduateId = await db.Graduates.Where(g => g.UserId == null && !invited.Contains(g.Id)).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
        }
        using var scope = server.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<InvitationService>().InviteAsync(actor, graduateId, new TermsInput
        {
            PositionTitle = "后端开发工程师", JobCategoryCode = "13", WorkLocation = "北京市海淀区", MonthlySalary = 15000,
            ProbationMonths = 3, ArchiveReceiver = "2", ResponseDays = 5,
        });
        Assert.True(result.Ok, result.Error);
        return result.Value;
    }

    private async Task<(WqDbContext Db, int EmployerId)> Emp1Async()
    {
        var db = await server.Services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContextAsync();
        var employerId = await db.Users.Where(u => u.UserName == "emp1").Select(u => u.EmployerId!.Value).SingleAsync();
        return (db, employerId);
    }
}
