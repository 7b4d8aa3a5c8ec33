using Wq.Blazor.Domain.Model;
using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Infrastructure.Demo;

internal static class DemoEmployers
{
    public static Employer Create(string name, string codePrefix, string industry, string region, string address,
        string contact, string phone, DateTimeOffset now, CertificationState state)
    {
        // A well-formed 统一社会信用代码: prefix + region + a made-up organisation code + computed check char.
        var first17 = (codePrefix + "MA01X7Q3").PadRight(17, '0')[..17];
        return new Employer
        {
            Name = name, CreditCode = first17 + UnifiedSocialCreditCode.ComputeCheckChar(first17),
            ContactPerson = contact, ContactPhone = phone, Email = $"hr{region}@example.cn",
            NatureCode = "39", IndustryCode = industry, RegionCode = region, Address = address,
            Certification = state, RegisteredAt = now.AddDays(-30),
        };
    }
}
