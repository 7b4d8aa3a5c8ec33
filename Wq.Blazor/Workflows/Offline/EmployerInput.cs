using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Workflows.Offline;

/// <summary>
/// The employer as the graduate types it in (线下签约 and 已签协议登记: the employer is not on the
/// platform). Each field has its own check so the form shows the message next to the field, and
/// the service runs the same checks again.
/// </summary>
public sealed class EmployerInput
{
    public string Name { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string NatureCode { get; set; } = "";
    public string IndustryCode { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string Address { get; set; } = "";
    public string ContactPerson { get; set; } = "";
    public string ContactPhone { get; set; } = "";

    public static string? CheckName(string? v) => Required(v, "单位名称", 100);
    public static string? CheckCreditCode(string? v) => UnifiedSocialCreditCode.Validate(v);
    public static string? CheckNature(string? v) => EmployerNatures.All.Contains(v) ? null : "请选择单位性质";
    public static string? CheckIndustry(string? v) => Industries.All.Contains(v) ? null : "请选择单位行业";
    public static string? CheckRegion(string? v) => Regions.Find(v) is null ? "请选择单位所在地" : null;
    public static string? CheckAddress(string? v) => Required(v, "单位地址", 200);
    public static string? CheckContactPerson(string? v) => Required(v, "单位联系人", 50);

    /// <summary>A mobile or a landline with area code: digits, hyphens and spaces, 7 to 20 long.</summary>
    public static string? CheckContactPhone(string? v)
    {
        if (Required(v, "联系电话", 20) is { } problem) return problem;
        var t = v!.Trim();
        return t.Length < 7 || t.Any(c => c is not (>= '0' and <= '9') and not '-' and not ' ')
            ? "联系电话格式不正确,请填写手机号或带区号的固定电话" : null;
    }

    /// <summary>The first problem, in Chinese, or null.</summary>
    public string? Validate() =>
        CheckName(Name) ?? CheckCreditCode(CreditCode) ?? CheckNature(NatureCode) ?? CheckIndustry(IndustryCode) ??
        CheckRegion(RegionCode) ?? CheckAddress(Address) ?? CheckContactPerson(ContactPerson) ?? CheckContactPhone(ContactPhone);

    public EmployerSnapshot ToSnapshot() => new()
    {
        Name = Name.Trim(), CreditCode = UnifiedSocialCreditCode.Normalize(CreditCode), NatureCode = NatureCode,
        IndustryCode = IndustryCode, RegionCode = RegionCode, Address = Address.Trim(), ContactPerson = ContactPerson.Trim(),
        ContactPhone = ContactPhone.Trim(),
    };

    public static EmployerInput From(EmployerSnapshot e) => new()
    {
        Name = e.Name, CreditCode = e.CreditCode, NatureCode = e.NatureCode, IndustryCode = e.IndustryCode,
        RegionCode = e.RegionCode, Address = e.Address, ContactPerson = e.ContactPerson, ContactPhone = e.ContactPhone,
    };

    private static string? Required(string? v, string label, int max) =>
        string.IsNullOrWhiteSpace(v) ? $"请填写{label}" : v.Trim().Length > max ? $"{label}不能超过{max}字" : null;
}
