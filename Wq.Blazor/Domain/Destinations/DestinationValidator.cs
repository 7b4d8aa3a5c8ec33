using System.Globalization;
using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Domain.Destinations;

/// <summary>
/// Checks a filled-in registration against its type's form. Errors are keyed by field key (and
/// <see cref="ProofKey"/>), in Chinese, so the page shows each one next to its field and the
/// service refuses with the same words.
/// </summary>
public static class DestinationValidator
{
    public const string TypeKey = "type";
    public const string ProofKey = "proof";
    public const int MaxProofFiles = 10;

    public static Dictionary<string, string> Validate(
        string? code, IReadOnlyDictionary<string, string?> values, int proofCount, int graduationYear)
    {
        var errors = new Dictionary<string, string>();
        var form = DestinationForms.For(code);
        if (form is null)
        {
            errors[TypeKey] = "请选择毕业去向类型";
            return errors;
        }
        foreach (var field in form.ShownFields(values))
        {
            var value = values.TryGetValue(field.Key, out var v) ? v?.Trim() : null;
            if (string.IsNullOrEmpty(value))
            {
                if (field.Required) errors[field.Key] = field.Kind is FieldKind.Region or FieldKind.Choice ? $"请选择{field.Label}" : $"请填写{field.Label}";
                continue;
            }
            if (value.Length > field.MaxLength) { errors[field.Key] = $"{field.Label}不能超过{field.MaxLength}个字"; continue; }
            if (Check(field, value, graduationYear) is { } error) errors[field.Key] = error;
        }
        if (form.ProofRequired && proofCount == 0) errors[ProofKey] = $"请上传证明材料:{form.ProofHint}";
        else if (proofCount > MaxProofFiles) errors[ProofKey] = $"证明材料最多{MaxProofFiles}个文件";
        return errors;
    }

    /// <summary>The plausible 入学日期 window: from 1 January of the graduation year to the end of the next year.</summary>
    public static (DateOnly From, DateOnly To) AdmissionWindow(int graduationYear) =>
        (new DateOnly(graduationYear, 1, 1), new DateOnly(graduationYear + 1, 12, 31));

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? Check(DestinationField field, string value, int graduationYear)
    {
        switch (field.Kind)
        {
            case FieldKind.Region:
                return Regions.All.Contains(value) ? null : $"请从列表中选择{field.Label}";
            case FieldKind.Choice:
                return field.Options!.Contains(value) ? null : $"请从列表中选择{field.Label}";
            case FieldKind.CreditCode:
                return UnifiedSocialCreditCode.Validate(value);
            case FieldKind.Url:
                return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                    ? null : $"{field.Label}应以 http:// 或 https:// 开头";
            case FieldKind.MonthlyIncome:
                if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var income))
                    return $"{field.Label}应为数字";
                return income < DestinationForms.IncomeFloor
                    ? $"{field.Label}不能低于当地最低工资标准({DestinationForms.IncomeFloor:0}元)" : null;
            case FieldKind.AdmissionDate:
                if (ParseDate(value) is not { } date) return $"{field.Label}格式应为 年-月-日";
                var (from, to) = AdmissionWindow(graduationYear);
                return date < from || date > to
                    ? $"{field.Label}应在{from:yyyy年M月d日}至{to:yyyy年M月d日}之间" : null;
            default:
                return null;
        }
    }
}
