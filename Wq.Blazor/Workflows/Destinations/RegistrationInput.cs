using System.Text.Json;
using Wq.Blazor.Domain.Destinations;
using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Workflows.Destinations;

/// <summary>What the graduate filled in: the destination code and the form's values by field key.</summary>
public sealed class RegistrationInput
{
    public string? Code { get; set; }
    public Dictionary<string, string?> Values { get; set; } = [];

    /// <summary>
    /// Copies the values the type's form shows onto the record: all of them into FieldsJson, the
    /// well-known ones into their columns. Values of hidden fields are dropped, so switching the
    /// type or a choice leaves nothing stale behind.
    /// </summary>
    internal void ApplyTo(DestinationRegistration r)
    {
        var form = DestinationForms.For(Code)!;
        var shown = form.ShownFields(Values)
            .Select(f => (f.Key, Value: Normalize(f, Values.GetValueOrDefault(f.Key))))
            .Where(x => !string.IsNullOrEmpty(x.Value))
            .ToDictionary(x => x.Key, x => x.Value);
        r.DestinationCode = form.Code;
        r.Group = DestinationTypes.Find(form.Code)!.Group;
        r.FieldsJson = JsonSerializer.Serialize(shown);
        r.OrganisationName = shown.GetValueOrDefault(DestinationForms.Organisation) ?? "";
        r.RegionCode = shown.GetValueOrDefault(DestinationForms.Region);
        r.AdmissionDate = DestinationValidator.ParseDate(shown.GetValueOrDefault(DestinationForms.Admission));
        r.Details = shown.GetValueOrDefault(DestinationForms.Reason);
    }

    public static Dictionary<string, string?> ReadValues(string fieldsJson) =>
        JsonSerializer.Deserialize<Dictionary<string, string?>>(fieldsJson) ?? [];

    private static string? Normalize(DestinationField f, string? value) =>
        f.Kind == FieldKind.CreditCode && !string.IsNullOrWhiteSpace(value) ? UnifiedSocialCreditCode.Normalize(value) : value?.Trim();
}

/// <summary>A proof file as the page hands it over: opened once and streamed to the file store.</summary>
public sealed record ProofUpload(string FileName, Func<Stream> Open);
