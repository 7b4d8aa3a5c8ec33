using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Hosting.Demo;

internal static class DemoEmployers
{
    public static TermsInput Terms(string position, Employer employer) => new()
    {
        PositionTitle = position, JobCategoryCode = "13", WorkLocation = employer.Address,
        MonthlySalary = 15000, ProbationMonths = 3, ArchiveReceiver = "2", ArchiveUnit = "当地人才服务中心",
        HukouTransfer = false, OtherTerms = "五险一金按国家规定缴纳;年终奖按公司制度执行。", ResponseDays = 15,
    };

    /// <param name="region">单位所在地: a code of the <see cref="Regions"/> table.</param>
    public static Employer Create(string name, string codePrefix, string industry, string region, string address,
        string contact, string phone, DateTimeOffset now)
    {
        // A well-formed 统一社会信用代码: prefix + region + a made-up organisation code + computed check char.
        var first17 = (codePrefix + "MA01X7Q3").PadRight(17, '0')[..17];
        return new Employer
        {
            Name = name, CreditCode = first17 + UnifiedSocialCreditCode.ComputeCheckChar(first17),
            ContactPerson = contact, ContactPhone = phone, Email = $"hr{codePrefix[2..]}@example.cn",
            NatureCode = "39", IndustryCode = industry, RegionCode = region, Address = address,
            RegisteredAt = now.AddDays(-30),
        };
    }
}
