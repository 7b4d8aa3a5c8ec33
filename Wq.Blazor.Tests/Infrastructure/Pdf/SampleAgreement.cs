using Wq.Blazor.Infrastructure.Pdf;
using AgreementTerms = Wq.Blazor.Infrastructure.Pdf.AgreementTerms;

namespace Wq.Blazor.Tests.Infrastructure.Pdf;

/// <summary>A realistic agreement; tests vary only what they are about.</summary>
internal static class SampleAgreement
{
    public const string FullIdNumber = "110101200305071234";
    public const string MaskedIdNumber = "110***********1234";
    public const string VerificationCode = "K7QF3M9XWD2HZ6TP4RBN8CJ5VA";
    public const string VerificationUrl =
        "https://wq.example.edu.cn/verify?no=2027104872000123&code=K7QF3M9XWD2HZ6TP4RBN8CJ5VA";

    public static AgreementDocument Create(string otherTerms = "入职后为乙方缴纳五险一金，年终奖按公司制度发放。",
        string number = "2027104872000123", bool forPrinting = false) => new(
        Number: number,
        Channel: forPrinting ? "线下签约" : "线上签约",
        ForPrinting: forPrinting,
        Graduate: new AgreementGraduate("张三", "男", MaskedIdNumber, "2023010123", "示范大学", "计算机学院",
            "软件工程", "本科", 2027, "138****5678"),
        Employer: new AgreementEmployer("北京星辰数据科技有限公司", "91110108MA01ABCD2X", "其他企业",
            "信息传输、软件和信息技术服务业", "北京市海淀区", "李四", "010-62345678",
            "北京市海淀区中关村大街1号创新大厦12层"),
        School: new AgreementSchool("示范大学", "学生就业指导中心"),
        Terms: new AgreementTerms("后端开发工程师", "13 工程技术人员", "北京市海淀区", 12500m, 3,
            "单位接收", "北京星辰数据科技有限公司人力资源部", "北京市海淀区中关村大街1号",
            true, "北京市海淀区中关村街道", otherTerms),
        Timeline:
        [
            new(new DateTimeOffset(2027, 3, 1, 2, 30, 0, TimeSpan.Zero), "用人单位发出签约邀请"),
            new(new DateTimeOffset(2027, 3, 2, 9, 5, 0, TimeSpan.Zero), "毕业生接受邀请并确认协议内容"),
            new(new DateTimeOffset(2027, 3, 3, 16, 45, 0, TimeSpan.Zero), "学校审核通过，签约成功"),
        ],
        VerificationCode: VerificationCode,
        VerificationUrl: VerificationUrl,
        GeneratedAt: new DateTimeOffset(2027, 3, 3, 16, 46, 0, TimeSpan.Zero));

    /// <summary>
    /// Numbered clauses with Latin words, digits and line breaks, so missing, reordered or
    /// duplicated text is detectable after a page break.
    /// </summary>
    public static string LongOtherTerms(int length = 3000)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 1; text.Length < length; i++)
        {
            text.Append($"第{i}条：乙方为甲方提供岗前培训（Onboarding Program）及职业发展通道，");
            text.Append("双方应遵守国家劳动法律法规和单位规章制度，未尽事宜由双方协商解决。");
            if (i % 5 == 0)
                text.Append('\n');
        }
        return text.ToString(0, length);
    }
}
