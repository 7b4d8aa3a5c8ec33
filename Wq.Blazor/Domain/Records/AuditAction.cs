namespace Wq.Blazor.Domain.Records;

/// <summary>
/// Audit actions that are not a workflow trigger (a trigger's own code names its moves). Each
/// code is stored in the audit trail and never changes.
/// </summary>
public enum AuditAction
{
    [StoredCode("Register")] Register,
    [StoredCode("ConfirmInfo")] ConfirmInfo,
    [StoredCode("RequestCorrection")] RequestCorrection,
    [StoredCode("ResolveCorrection")] ResolveCorrection,
    [StoredCode("CreateSchool")] CreateSchool,
    [StoredCode("CreateDepartment")] CreateDepartment,
    [StoredCode("SetReviewMode")] SetReviewMode,
    [StoredCode("CreateReviewer")] CreateReviewer,
    [StoredCode("SeedDemoData")] SeedDemoData,
    [StoredCode("CreateEmployerUploadLink")] CreateEmployerUploadLink,
    [StoredCode("RosterImport")] ImportRoster,
    [StoredCode("SendBindingCode")] SendBindingCode,
    [StoredCode("UnbindAccount")] UnbindAccount,
}
