using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Workflows.Destinations;

public sealed record ProofView(long Id, string FileName, string ContentType)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>A field as shown on the detail pages: the form's label and the display value.</summary>
public sealed record FieldView(string Key, string Label, string Value);

/// <summary>One registration as its graduate or a reviewer sees it.</summary>
public sealed record RegistrationView(
    long Id, int Version, string Code, string TypeName, string GroupLabel, RegistrationState State, string StateLabel,
    IReadOnlyList<FieldView> Fields, Dictionary<string, string?> Values, IReadOnlyList<ProofView> Proofs,
    string? LastOpinion, long? ReplacesId, DateTimeOffset? SubmittedAt, DateTimeOffset? ApprovedAt,
    string GraduateName, string StudentNo, string DepartmentName, int GraduationYear,
    IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<RegistrationTrigger> Allowed)
{
    public string Title => $"{Code} {TypeName}";
}

/// <summary>A row of the graduate's list of registrations.</summary>
public sealed record RegistrationSummary(long Id, string Code, string TypeName, string Organisation, string StateLabel, DateTimeOffset? SubmittedAt);

/// <summary>Whether the graduate may register now: a first registration, a change of an approved one, or why not.</summary>
public sealed record RegistrationSlot(long? Replaces, string? Blocker)
{
    public bool IsChange => Replaces is not null;
}
