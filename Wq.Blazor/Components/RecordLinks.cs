using Wq.Blazor.Workflows;

namespace Wq.Blazor.Components;

/// <summary>
/// The one place that knows the UI's routes: (record, audience) → the page that shows it to that
/// audience. Workflows only say which record changed; notifications, mail and pages ask here.
/// </summary>
public sealed class RecordLinks : IRecordLinks
{
    public string? For(RecordRef record, string audienceRole) => Route(record, audienceRole);

    /// <summary>The same, for pages that have no instance at hand (static helpers).</summary>
    public static string? Route(RecordRef record, string audienceRole) => (record.Kind, audienceRole) switch
    {
        (RecordKind.Agreement, Roles.Graduate) => $"/graduate/agreements/{record.Id}",
        (RecordKind.Agreement, Roles.Employer) => $"/employer/agreements/{record.Id}",
        (RecordKind.Agreement, Roles.DepartmentReviewer or Roles.SchoolReviewer) => $"/review/agreements/{record.Id}",
        (RecordKind.Termination, Roles.DepartmentReviewer or Roles.SchoolReviewer) => $"/review/terminations/{record.Id}",
        (RecordKind.DestinationRegistration, Roles.Graduate) => $"/graduate/destinations/{record.Id}",
        (RecordKind.DestinationRegistration, Roles.DepartmentReviewer or Roles.SchoolReviewer) => $"/review/destinations/{record.Id}",
        (RecordKind.Employer, Roles.Employer) => "/employer",
        (RecordKind.Employer, Roles.Admin) => "/admin/employers",
        (RecordKind.CorrectionRequest, Roles.Graduate) => "/graduate/confirm",
        (RecordKind.CorrectionRequest, Roles.DepartmentReviewer or Roles.SchoolReviewer) => "/review/corrections",
        _ => null,
    };
}
