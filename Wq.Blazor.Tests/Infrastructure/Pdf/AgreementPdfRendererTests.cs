using UglyToad.PdfPig;
using Wq.Blazor.Infrastructure.Pdf;

namespace Wq.Blazor.Tests.Infrastructure.Pdf;

public class AgreementPdfRendererTests
{
    static readonly AgreementPdfRenderer Renderer = new();

    [Fact]
    public void Renders_one_A4_page_that_a_pdf_reader_opens()
    {
        var bytes = Renderer.Render(SampleAgreement.Create());

        using var pdf = PdfDocument.Open(bytes);
        var page = Assert.Single(pdf.GetPages());
        Assert.Equal(595.3, page.Width, 0.5);
        Assert.Equal(841.9, page.Height, 0.5);
        Assert.Contains("2027104872000123", pdf.Information.Title);
    }

    [Fact]
    public void Text_is_extractable_Chinese_with_number_parties_terms_and_code()
    {
        var text = PdfText.Compact(string.Concat(PdfText.Pages(Renderer.Render(SampleAgreement.Create()))));

        Assert.Contains("毕业生就业协议书（电子版）", text);
        Assert.Contains("协议书编号：2027104872000123", text);
        Assert.Contains("张三", text);
        Assert.Contains("北京星辰数据科技有限公司", text);
        Assert.Contains("示范大学", text);
        Assert.Contains("学生就业指导中心", text);
        Assert.Contains("91110108MA01ABCD2X", text);
        foreach (var term in new[] { "后端开发工程师", "13工程技术人员", "12500", "单位接收", "北京市海淀区中关村街道",
                     "入职后为乙方缴纳五险一金，年终奖按公司制度发放。", "签约方式：线上签约" })
            Assert.Contains(term, text);
        Assert.Contains(SampleAgreement.VerificationCode, text);
        Assert.Contains("可访问https://wq.example.edu.cn/verify输入协议书编号和验证码核验", text);
    }

    [Fact]
    public void Shows_only_the_masked_id_and_phone()
    {
        var text = PdfText.Compact(string.Concat(PdfText.Pages(Renderer.Render(SampleAgreement.Create()))));

        Assert.Contains(SampleAgreement.MaskedIdNumber, text);
        Assert.DoesNotContain(SampleAgreement.FullIdNumber, text);
        Assert.Contains("138****5678", text);
    }

    [Fact]
    public void Timeline_is_shown_in_China_time()
    {
        var text = PdfText.Compact(string.Concat(PdfText.Pages(Renderer.Render(SampleAgreement.Create()))));

        // 2027-03-01 02:30 UTC and 2027-03-03 16:45 UTC (the latter crosses midnight in UTC+8).
        Assert.Contains("2027-03-0110:30用人单位发出签约邀请", text);
        Assert.Contains("2027-03-0400:45学校审核通过，签约成功", text);
    }

    [Fact]
    public void Long_other_terms_flow_over_several_numbered_pages_without_losing_text()
    {
        var otherTerms = SampleAgreement.LongOtherTerms(3000);

        var pages = PdfText.Pages(Renderer.Render(SampleAgreement.Create(otherTerms)));

        Assert.True(pages.Length > 1, $"expected more than one page, got {pages.Length}");
        for (var i = 0; i < pages.Length; i++)
            Assert.Contains($"第{i + 1}页共{pages.Length}页", PdfText.Compact(pages[i]));

        // Page furniture sits between the halves of a split row; remove it, then the clause text
        // must read back complete and in order.
        var body = string.Concat(pages.Select(p => PdfText.Compact(p)
            .Replace($"{AgreementPdfRenderer.Title}协议书编号：2027104872000123", "")
            .Replace("可访问https://wq.example.edu.cn/verify输入协议书编号和验证码核验", "")
            .Replace("其他约定（续）", "")));
        body = System.Text.RegularExpressions.Regex.Replace(body, @"第\d+页共\d+页", "");
        Assert.Contains(PdfText.Compact(otherTerms), body);
    }

    [Fact]
    public void Printing_copy_leaves_space_for_signatures_and_stamps()
    {
        var printed = PdfText.Compact(string.Concat(PdfText.Pages(Renderer.Render(SampleAgreement.Create(forPrinting: true)))));
        var online = PdfText.Compact(string.Concat(PdfText.Pages(Renderer.Render(SampleAgreement.Create()))));

        Assert.Contains("乙方（用人单位）盖章", printed);
        Assert.Contains("签约方式：线下签约", printed);
        Assert.DoesNotContain("盖章", online);
    }

    [Fact]
    public void Renders_concurrently_from_several_threads()
    {
        var numbers = Enumerable.Range(1, 12).Select(i => $"2027104872{i:000000}").ToArray();

        var results = new byte[numbers.Length][];
        Parallel.For(0, numbers.Length, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
            results[i] = new AgreementPdfRenderer().Render(SampleAgreement.Create(
                i % 2 == 0 ? SampleAgreement.LongOtherTerms(1500) : "无", numbers[i])));

        for (var i = 0; i < numbers.Length; i++)
            Assert.Contains($"协议书编号：{numbers[i]}", PdfText.Compact(PdfText.Pages(results[i])[0]));
    }
}
