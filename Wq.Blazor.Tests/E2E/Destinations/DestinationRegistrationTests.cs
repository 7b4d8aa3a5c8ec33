using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Signing;
using static Microsoft.Playwright.Assertions;

namespace Wq.Blazor.Tests.E2E.Destinations;

public sealed class DestinationServer : WqServerFactory;

/// <summary>
/// Issue 9 on a 375 px phone: grad2 registers 80 境内升学 with a PDF admission letter, both gates
/// approve, and grad2's open home page turns 审核通过 live; grad3 accepts an online invitation and
/// their approved registration becomes 已作废 with a notice.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class DestinationRegistrationTests(DestinationServer server, BrowserFixture browser) : IClassFixture<DestinationServer>
{
    [Fact]
    public async Task Grad2_registers_further_study_on_a_phone_and_sees_it_approved_live()
    {
        var graduate = await Portal.SignInAsync(browser, server, "grad2", phone: true);
        var home = await Portal.SignInAsync(browser, server, "grad2", phone: true);
        var dept = await Portal.SignInAsync(browser, server, "dept1");
        var school = await Portal.SignInAsync(browser, server, "school1");
        var pages = new[] { (graduate, "graduate"), (home, "home"), (dept, "dept"), (school, "school") };
        try
        {
            await Portal.OpenAsync(home, server, "/graduate");
            await Expect(home.Locator("#current-destination")).ToContainTextAsync("暂无");

            await Portal.OpenAsync(graduate, server, "/graduate");
            await graduate.Locator("#home-destinations").ClickAsync();
            await Expect(graduate.Locator("#new-registration")).ToContainTextAsync("登记毕业去向");
            await graduate.Locator("#new-registration").ClickAsync();
            await BrowserFixture.WaitForInteractiveAsync(graduate);
            await graduate.Locator("#destination-type").SelectOptionAsync("801");
            // Sent without its proof first: the message sits under the proof field and nothing is saved.
            await graduate.Locator("#field-organisation").FillAsync("北京大学");
            await graduate.Locator("#field-major").FillAsync("软件工程");
            await graduate.Locator("#field-admissionDate").FillAsync($"{await GraduationYearAsync("李四")}-09-01");
            await graduate.Locator("#destination-submit").ClickAsync();
            await Expect(graduate.GetByText("请上传证明材料")).ToBeVisibleAsync();
            await graduate.Locator("#proof-input").SetInputFilesAsync(new FilePayload
            {
                Name = "录取通知书.pdf", MimeType = "application/pdf",
                Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
            });
            await Expect(graduate.Locator(".proof-picked")).ToContainTextAsync("录取通知书.pdf");
            await graduate.Locator("#destination-submit").ClickAsync();
            await graduate.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/graduate/destinations/\\d+$"));
            await Expect(graduate.Locator("#registration-state")).ToHaveTextAsync("待院系审核");
            await Expect(home.Locator("#current-destination-state")).ToHaveTextAsync("待院系审核");
            var id = graduate.Url[(graduate.Url.LastIndexOf('/') + 1)..];
            await AssertFitsPhoneAsync(graduate);

            // Both gates approve on the review page, the proof previewed in place.
            foreach (var reviewer in new[] { dept, school })
            {
                await Portal.OpenAsync(reviewer, server, $"/review/destinations/{id}");
                await Expect(reviewer.Locator("iframe.wq-file-pdf")).ToHaveCountAsync(1);
                await reviewer.Locator("#review-approve").ClickAsync();
                await Expect(reviewer.Locator("#review-not-pending")).ToBeVisibleAsync();
            }

            // grad2's pages, open all along, show the approval without a reload.
            await Expect(home.Locator("#current-destination-state")).ToHaveTextAsync("审核通过");
            await Expect(home.Locator("#current-destination")).ToContainTextAsync("研究生:北京大学");
            await Expect(graduate.Locator("#registration-state")).ToHaveTextAsync("审核通过");
            await Expect(graduate.Locator("#registration-timeline")).ToContainTextAsync("学校审核通过");
        }
        catch
        {
            foreach (var (page, name) in pages) await BrowserFixture.TrySaveScreenshotAsync(page, $"destination-{name}");
            throw;
        }
        finally
        {
            foreach (var (page, _) in pages) await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Grad3_accepting_an_invitation_voids_the_approved_registration_with_a_notice()
    {
        await InviteGrad3FromEmp1Async();
        var graduate = await Portal.SignInAsync(browser, server, "grad3", phone: true);
        try
        {
            await Portal.OpenAsync(graduate, server, "/graduate/destinations");
            await graduate.Locator(".registration-row").First.GetByText("查看详情").ClickAsync();
            await BrowserFixture.WaitForInteractiveAsync(graduate);
            await Expect(graduate.Locator("#registration-state")).ToHaveTextAsync("审核通过");
            var registrationPath = new Uri(graduate.Url).AbsolutePath;

            await Portal.OpenAsync(graduate, server, "/graduate/invitations");
            await graduate.Locator(".wq-invitation").Filter(new() { HasText = "星辰科技有限公司" }).GetByText("查看详情").ClickAsync();
            await graduate.Locator("#accept").ClickAsync();
            await graduate.Locator("#accept-confirm-yes").ClickAsync();
            await Portal.ExpectStateAsync(graduate, "PendingDepartmentReview");

            await Portal.OpenAsync(graduate, server, registrationPath);
            await Expect(graduate.Locator("#registration-state")).ToHaveTextAsync("已作废");
            await Expect(graduate.Locator("#registration-timeline")).ToContainTextAsync("毕业生开始签约,登记自动作废");
            await Portal.OpenAsync(graduate, server, "/notifications");
            await Expect(graduate.GetByText("去向登记已作废")).ToBeVisibleAsync();
            await Portal.OpenAsync(graduate, server, "/graduate/destinations");
            await Expect(graduate.Locator("#registration-blocked")).ToContainTextAsync("星辰科技有限公司");
        }
        catch
        {
            await BrowserFixture.TrySaveScreenshotAsync(graduate, "destination-grad3");
            throw;
        }
        finally
        {
            await graduate.Context.CloseAsync();
        }
    }

    // emp1 invites grad3 through the real invitation service, as the employer's page would.
    private async Task InviteGrad3FromEmp1Async()
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContextAsync();
        var staff = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "emp1");
        var grad3 = await db.Graduates.AsNoTracking().SingleAsync(g => g.Name == "王五" && g.UserId != null);
        var actor = new ActorContext(staff.Id, staff.DisplayName, Roles.Employer, EmployerId: staff.EmployerId);
        var terms = new TermsInput
        {
            PositionTitle = "数据分析师", JobCategoryCode = "21", WorkLocation = "北京市海淀区", MonthlySalary = 11000, ProbationMonths = 3,
            ArchiveReceiver = "2", ArchiveUnit = "北京市人才服务中心", HukouTransfer = false, OtherTerms = "五险一金", ResponseDays = 5,
        };
        var result = await server.Services.GetRequiredService<InvitationService>().InviteAsync(actor, grad3.Id, terms);
        Assert.True(result.Ok, result.Error);
    }

    private async Task<int> GraduationYearAsync(string name)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContextAsync();
        return await db.Graduates.Where(g => g.Name == name && g.UserId != null).Select(g => g.GraduationYear).FirstAsync();
    }

    private static async Task AssertFitsPhoneAsync(IPage page)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"page scrolls sideways: {scrollWidth}px");
    }
}
