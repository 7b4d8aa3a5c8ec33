using Bunit;
using Wq.Blazor.Components.Shared;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Components;

public sealed class AgreementDetailsTests : MudTestContext
{
    private static AgreementView View(AgreementState state, long? pdf = null) => new(
        7, 3, "2027109992000001", AgreementChannel.Online, state, AgreementStates.Label(state), "李四", "310***********004X", "2024110201",
        "华夏理工大学", "计算机学院", "软件工程", "硕士研究生", 2027,
        new EmployerSnapshot { Name = "星辰科技有限公司", CreditCode = "91110108MA01X7Q30W", NatureCode = "39", IndustryCode = "34", RegionCode = "110108", Address = "中关村大街1号", ContactPerson = "赵经理", ContactPhone = "01062751234" },
        new AgreementTerms { PositionTitle = "数据工程师", JobCategoryCode = "13", WorkLocation = "北京", MonthlySalary = 18000, ProbationMonths = 3, ArchiveReceiver = "2" },
        5, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(5), null, null, pdf, pdf is null ? null : "ABCDEF", [], [], null);

    [Fact]
    public void Shows_terms_in_the_guides_words_and_only_the_masked_id()
    {
        var cut = Render<AgreementDetails>(p => p.Add(x => x.View, View(AgreementState.Invited)));
        Assert.Contains("310***********004X", cut.Markup);
        Assert.Contains("工程技术人员", cut.Markup);
        Assert.Contains("人才服务机构", cut.Markup);
        Assert.Contains("18000 元/月", cut.Markup);
        Assert.Contains("待应约", cut.Find(".wq-state").TextContent);
        Assert.Contains("应约截止", cut.Markup);
    }

    [Fact]
    public void Offers_the_download_only_when_a_pdf_was_issued()
    {
        var pending = Render<AgreementDetails>(p => p.Add(x => x.View, View(AgreementState.PendingSchoolReview)));
        Assert.Empty(pending.FindAll("#download-agreement"));

        var signed = Render<AgreementDetails>(p => p.Add(x => x.View, View(AgreementState.Signed, pdf: 42)));
        Assert.Equal("/files/42", signed.Find("#download-agreement").GetAttribute("href"));
        Assert.Contains("签约成功", signed.Find(".wq-state").TextContent);
        Assert.Empty(signed.FindAll("#agreement-pdf-pending"));
    }

    [Fact]
    public void Shows_generating_while_the_issued_pdf_is_still_being_rendered()
    {
        var generating = Render<AgreementDetails>(p => p.Add(x => x.View,
            View(AgreementState.Signed) with { VerificationCode = "ABCDEF", PdfPending = true }));

        Assert.Contains("生成中", generating.Find("#agreement-pdf-pending").TextContent);
        Assert.Equal("ABCDEF", generating.Find("#verification-code").TextContent);
        Assert.Empty(generating.FindAll("#download-agreement"));
    }
}
