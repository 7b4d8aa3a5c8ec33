namespace Wq.Blazor.Domain.Destinations;

/// <summary>How a field is entered and checked.</summary>
public enum FieldKind
{
    Text,
    /// <summary>Several lines (a reason, a description).</summary>
    LongText,
    /// <summary>A code from the region table (Domain/CodeTables/Regions).</summary>
    Region,
    /// <summary>入学日期: a date inside the plausible window of the graduate's year.</summary>
    AdmissionDate,
    /// <summary>Monthly income in yuan, at least <see cref="DestinationForms.IncomeFloor"/>.</summary>
    MonthlyIncome,
    /// <summary>统一社会信用代码, check digit per GB 32100.</summary>
    CreditCode,
    Url,
    /// <summary>One of <see cref="DestinationField.Options"/>.</summary>
    Choice,
}

/// <summary>
/// One field of a destination type's form. A field with <see cref="ShownWhen"/> is asked (and
/// required) only when another field has that value, e.g. 统一社会信用代码 only for 企业创业.
/// </summary>
public sealed record DestinationField(
    string Key, string Label, FieldKind Kind, bool Required = true, int MaxLength = 100,
    IReadOnlyList<string>? Options = null, (string Key, string Value)? ShownWhen = null, string? Placeholder = null)
{
    public bool IsShown(IReadOnlyDictionary<string, string?> values) =>
        ShownWhen is not { } w || (values.TryGetValue(w.Key, out var v) && v == w.Value);
}

/// <summary>
/// What a destination type asks for: its fields in order and its proof. <see cref="ProofHint"/>
/// may depend on a choice (e.g. 电商创业 asks for shop screenshots instead of a licence).
/// </summary>
public sealed record DestinationForm(string Code, IReadOnlyList<DestinationField> Fields, bool ProofRequired, string? ProofHint)
{
    public IEnumerable<DestinationField> ShownFields(IReadOnlyDictionary<string, string?> values) =>
        Fields.Where(f => f.IsShown(values));
}
