using System.Diagnostics;
using Wq.Blazor.Infrastructure.Pdf;

namespace Wq.Blazor.Benchmarks;

/// <summary>
/// AgreementPdfRenderer: the cold first render (font loading), a typical one-page agreement,
/// the printing copy, a long 其他约定 that spans pages, and parallel renders.
/// `--save DIR` also writes the sample PDFs there for a visual check.
/// </summary>
internal sealed class PdfBenchmark : IBenchmark
{
    public string Name => "pdf";
    public string Description => "电子就业协议书 rendering (AgreementPdfRenderer.Render)";

    public void Run(BenchRunner runner, string[] args)
    {
        var renderer = new AgreementPdfRenderer();
        var online = Sample(otherTerms: "入职后为甲方缴纳五险一金，年终奖按公司制度发放。", forPrinting: false);
        var printing = online with { Channel = "线下签约", ForPrinting = true };
        var longTerms = online with { Terms = online.Terms with { OtherTerms = LongText(3000) } };

        // Only the first render in a process pays for reading and parsing the 10 MB fonts.
        var cold = Stopwatch.StartNew();
        var first = renderer.Render(online);
        Console.WriteLine($"{"first render in process (cold)",-34} {cold.Elapsed.TotalMilliseconds:0.0} ms");

        runner.WarmUp(TimeSpan.FromSeconds(3), () => renderer.Render(online), () => renderer.Render(printing),
            () => renderer.Render(longTerms));

        var sizes = new Dictionary<string, byte[]> { ["online"] = first };
        runner.Measure("online, 1 page", () => sizes["online"] = renderer.Render(online));
        runner.Measure("printing copy (stamp area)", () => sizes["printing"] = renderer.Render(printing));
        runner.Measure("long other terms (3000 chars)", () => sizes["long"] = renderer.Render(longTerms));

        var parallel = Environment.ProcessorCount * 2;
        runner.Measure($"{parallel} renders in parallel (batch)", () =>
            Parallel.For(0, parallel, _ => renderer.Render(online)));

        foreach (var (name, bytes) in sizes)
            Console.WriteLine($"{"size " + name,-34} {bytes.Length / 1024.0:0.0} KB");

        var saveIndex = Array.IndexOf(args, "--save");
        if (saveIndex >= 0 && saveIndex + 1 < args.Length)
        {
            Directory.CreateDirectory(args[saveIndex + 1]);
            foreach (var (name, bytes) in sizes)
                File.WriteAllBytes(Path.Combine(args[saveIndex + 1], $"agreement-{name}.pdf"), bytes);
            Console.WriteLine($"saved samples to {Path.GetFullPath(args[saveIndex + 1])}");
        }
    }

    static string LongText(int length)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 1; text.Length < length; i++)
            text.Append($"第{i}条：乙方为甲方提供岗前培训（Onboarding Program）及职业发展通道，双方应遵守国家劳动法律法规。\n");
        return text.ToString(0, length);
    }

    static AgreementDocument Sample(string otherTerms, bool forPrinting) => new(
        "2027104872000123", "线上签约", forPrinting,
        new AgreementGraduate("张三", "男", "110***********1234", "2023010123", "示范大学", "计算机学院", "软件工程",
            "本科", 2027, "138****5678"),
        new AgreementEmployer("北京星辰数据科技有限公司", "91110108MA01ABCD2X", "其他企业", "信息传输、软件和信息技术服务业",
            "北京市海淀区", "李四", "010-62345678", "北京市海淀区中关村大街1号创新大厦12层"),
        new AgreementSchool("示范大学", "学生就业指导中心"),
        new AgreementTerms("后端开发工程师", "13 工程技术人员", "北京市海淀区", 12500m, 3, "单位接收",
            "北京星辰数据科技有限公司人力资源部", "北京市海淀区中关村大街1号", true, "北京市海淀区中关村街道", otherTerms),
        [
            new(new DateTimeOffset(2027, 3, 1, 2, 30, 0, TimeSpan.Zero), "用人单位发出签约邀请"),
            new(new DateTimeOffset(2027, 3, 2, 9, 5, 0, TimeSpan.Zero), "毕业生接受邀请并确认协议内容"),
            new(new DateTimeOffset(2027, 3, 3, 16, 45, 0, TimeSpan.Zero), "学校审核通过，签约成功"),
        ],
        "K7QF3M9XWD2HZ6TP4RBN8CJ5VA",
        "https://wq.example.edu.cn/verify?no=2027104872000123&code=K7QF3M9XWD2HZ6TP4RBN8CJ5VA",
        new DateTimeOffset(2027, 3, 3, 16, 46, 0, TimeSpan.Zero));
}
