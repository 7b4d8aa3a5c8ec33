using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wq.Blazor.Data;
using static Microsoft.Playwright.Assertions;
using static Wq.Blazor.Tests.E2E.Offline.OfflineForms;

namespace Wq.Blazor.Tests.E2E.Offline;

public sealed class OfflineServer : WqServerFactory;

/// <summary>
/// Guide §5–§7 in real Chromium: 李四 on a 375 px phone signs offline, the employer uploads through
/// the link in a fresh anonymous context, both gates approve and her open page turns 签约成功 live;
/// then 线下解约 with a 解约函; then a paper registration returned, resubmitted and approved.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class OfflineChannelTests(OfflineServer server, BrowserFixture browser) : IClassFixture<OfflineServer>
{
    private static readonly System.Text.RegularExpressions.Regex AgreementUrl = new("/graduate/agreements/\\d+$");

    [Fact]
    public async Task Offline_signing_termination_and_paper_registration_work_end_to_end_on_a_phone()
    {
        var graduate = await Portal.SignInAsync(browser, server, "grad2", phone: true);
        var dept = await Portal.SignInAsync(browser, server, "dept1");
        var school = await Portal.SignInAsync(browser, server, "school1");
        var employer = await browser.NewPageAsync(); // no account, no cookies
        try
        {
            // 未签就业协议申请签约: a wrong check digit is flagged next to the field and nothing is submitted.
            await Portal.OpenAsync(graduate, server, "/graduate/offline/new");
            await FillAsync(graduate, "远方贸易有限公司", "销售工程师");
            await graduate.Locator("#e-code").FillAsync(CreditCode[..17] + (CreditCode[17] == '1' ? '2' : '1'));
            await graduate.Locator("#offline-submit").ClickAsync();
            await Expect(graduate.GetByText("统一社会信用代码校验位不正确")).ToBeVisibleAsync();
            await Expect(graduate).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/graduate/offline/new$"));
            await graduate.Locator("#e-code").FillAsync(CreditCode);
            await graduate.Locator("#offline-submit").ClickAsync();
            await Expect(graduate).ToHaveURLAsync(AgreementUrl);
            await Portal.ExpectStateAsync(graduate, "PendingAgreementDepartmentReview");
            var id = IdFromUrl(graduate);

            // 协议审核 at both gates; her open page turns 就业协议审核通过 without a reload.
            await DecideAsync(dept, server, $"/review/agreements/{id}");
            await DecideAsync(school, server, $"/review/agreements/{id}");
            await Portal.ExpectStateAsync(graduate, "AgreementApproved");
            await Expect(graduate.Locator("#download-agreement")).ToBeVisibleAsync();

            // 用人单位协助回传协议书: the employer opens the link anonymously, downloads the PDF and uploads the scan.
            await graduate.Locator("#make-link").ClickAsync();
            var url = new Uri((await graduate.Locator("#link-url").InnerTextAsync()).Trim());
            await Portal.OpenAsync(employer, server, url.AbsolutePath);
            await Expect(employer.Locator("#employer-link-summary")).ToContainTextAsync("李*");
            var pdf = await employer.RunAndWaitForDownloadAsync(() => employer.Locator("#employer-download").ClickAsync());
            Assert.EndsWith(".pdf", pdf.SuggestedFilename);
            await employer.Locator("#employer-scans").SetInputFilesAsync(Png("盖章协议书.png"));
            await employer.Locator("#employer-upload-submit").ClickAsync();
            await Expect(employer.Locator("#employer-upload-done")).ToBeVisibleAsync();
            await Portal.ExpectStateAsync(graduate, "PendingSigningDepartmentReview");

            // The used link says so.
            await Portal.OpenAsync(employer, server, url.AbsolutePath);
            await Expect(employer.Locator("#employer-link-problem")).ToContainTextAsync("已使用");

            // 签约审核 at both gates (the scan previewed inline); her page turns 签约成功 live.
            await Portal.OpenAsync(dept, server, $"/review/agreements/{id}");
            await Expect(dept.Locator("#scan-preview img")).ToBeVisibleAsync();
            await DecideAsync(dept, server, $"/review/agreements/{id}");
            await DecideAsync(school, server, $"/review/agreements/{id}");
            await Portal.ExpectStateAsync(graduate, "Signed");
            await Expect(graduate.Locator(".wq-state[data-state='Signed']").First).ToHaveTextAsync("签约成功");

            // 申请线下解约 with a 解约函; both gates approve; the agreement is 已解约.
            await graduate.Locator("#offline-termination-start").ClickAsync();
            await Portal.SelectAsync(graduate, "解约原因", "双方协商一致");
            await graduate.Locator("#termination-letter").SetInputFilesAsync(Png("解约函.png"));
            await graduate.Locator("#offline-termination-submit").ClickAsync();
            await Expect(graduate.Locator("#termination-open")).ToContainTextAsync("待院系审核");
            var terminationId = await OpenTerminationAsync(id);
            await DecideAsync(dept, server, $"/review/terminations/{terminationId}");
            await DecideAsync(school, server, $"/review/terminations/{terminationId}");
            await Portal.ExpectStateAsync(graduate, "Terminated");

            // 已签就业协议登记信息: submitted with pages, 退回修改 with an opinion, resubmitted, approved → 登记成功.
            await Portal.OpenAsync(graduate, server, "/graduate/paper/new");
            await FillAsync(graduate, "远方贸易有限公司", "区域经理");
            await graduate.Locator("#paper-pages").SetInputFilesAsync([Png("第1页.png"), Png("第2页.png")]);
            await graduate.Locator("#offline-submit").ClickAsync();
            await Expect(graduate).ToHaveURLAsync(AgreementUrl);
            var paperId = IdFromUrl(graduate);
            await Portal.ExpectStateAsync(graduate, "PendingDepartmentReview");
            await DecideAsync(dept, server, $"/review/agreements/{paperId}", "return", "第2页不清晰,请重新上传");
            await Expect(graduate.Locator("#returned-alert")).ToContainTextAsync("第2页不清晰");
            await graduate.Locator("#edit-resubmit").ClickAsync();
            await Expect(graduate.Locator("#return-opinion")).ToContainTextAsync("第2页不清晰");
            await graduate.Locator("#paper-pages").SetInputFilesAsync(Png("第2页-清晰.png"));
            await graduate.Locator("#offline-submit").ClickAsync();
            await Expect(graduate).ToHaveURLAsync(AgreementUrl);
            await Portal.ExpectStateAsync(graduate, "PendingDepartmentReview");
            await DecideAsync(dept, server, $"/review/agreements/{paperId}");
            await DecideAsync(school, server, $"/review/agreements/{paperId}");
            await Expect(graduate.Locator(".wq-state[data-state='Signed']").First).ToHaveTextAsync("登记成功");
        }
        catch
        {
            foreach (var (page, name) in new[] { (graduate, "graduate"), (dept, "dept"), (school, "school"), (employer, "employer") })
                await BrowserFixture.TrySaveScreenshotAsync(page, $"offline-{name}");
            throw;
        }
        finally
        {
            foreach (var page in new[] { graduate, dept, school, employer }) await page.Context.CloseAsync();
        }
    }

    private async Task<long> OpenTerminationAsync(long agreementId)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContextAsync();
        return await db.Terminations.Where(t => t.AgreementId == agreementId).Select(t => t.Id).SingleAsync();
    }
}
