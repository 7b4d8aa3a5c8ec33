using Wq.Blazor.Domain.Records;
using Wq.Blazor.Domain.Workflows;

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
    public string? Details { get; set; }
    public string? LastOpinion { get; set; }
    public RegistrationState State { get; private set; }
    public int Version { get; private set; }
    public RecordRef Ref => new(RecordKind.DestinationRegistration, Id);
    DestinationKind IDestinationRecord.DestinationKind => DestinationKind.Registration;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
}
