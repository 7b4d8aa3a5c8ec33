namespace Wq.Blazor.Domain.Model;

/// <summary>其他毕业去向登记 (SPEC §4.6).</summary>
public class DestinationRegistration : IStatefulRecord<RegistrationState>, IDestinationRecord
{
    public long Id { get; set; }
    public int GraduateId { get; set; }
    public Graduate? Graduate { get; set; }
    public int SchoolId { get; set; }
    public int DepartmentId { get; set; }
    /// <summary>毕业去向 code from the code table (e.g. 80, 801, 11).</summary>
    public string DestinationCode { get; set; } = "";
    /// <summary>Unit, school or project name, depending on the type.</summary>
    public string OrganisationName { get; set; } = "";
    public string? RegionCode { get; set; }
    /// <summary>The reason for 70/71/72 or the work described for 76: the type's free text.</summary>
    public string? Details { get; set; }
    /// <summary>Every field of the type's form (Domain/Destinations), as JSON keyed by field key.</summary>
    public string FieldsJson { get; set; } = "{}";
    /// <summary>入学日期 for 境内升学, kept as a column for the reviewer's plausibility check.</summary>
    public DateOnly? AdmissionDate { get; set; }
    /// <summary>The statistics group of <see cref="DestinationCode"/> (SPEC §8), stored for 毕业去向落实率.</summary>
    public DestinationGroup Group { get; set; }
    /// <summary>The approved registration this one changes (变更), if any; kept for the record.</summary>
    public long? ReplacesId { get; set; }
    /// <summary>Set to <see cref="ReplacesId"/> only while the change is pending; unique, so one change at a time.</summary>
    public long? OpenReplacementOf { get; private set; }
    public string? LastOpinion { get; set; }
    public RegistrationState State { get; private set; }
    public int Version { get; private set; }
    public RecordRef Ref => new(RecordKind.DestinationRegistration, Id);
    DestinationKind IDestinationRecord.DestinationKind => DestinationKind.Registration;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
}
