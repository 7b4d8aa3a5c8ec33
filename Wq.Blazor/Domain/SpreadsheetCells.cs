namespace Wq.Blazor.Domain;

/// <summary>
/// Text bound for a spreadsheet cell. A value starting with = + - @ (or a tab/CR that some readers
/// strip first) could be taken for a formula when the file is opened or re-saved as CSV; a leading
/// apostrophe keeps it text (the OWASP "CSV injection" advice).
/// </summary>
public static class SpreadsheetCells
{
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }
}
