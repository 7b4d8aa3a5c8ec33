namespace Wq.Blazor.Workflows;

/// <summary>
/// Turns a record into the address of the page that shows it to one audience (a role). Workflows
/// say which record changed; the UI owns its routes and implements this.
/// </summary>
public interface IRecordLinks
{
    string? For(RecordRef record, string audienceRole);
}
