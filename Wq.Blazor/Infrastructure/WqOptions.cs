namespace Wq.Blazor.Infrastructure;

/// <summary>The "Wq" configuration section.</summary>
public sealed class WqOptions
{
    public const string Section = "Wq";

    /// <summary>Folder for the SQLite file, uploads, generated PDFs and the mail outbox. Relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>"Sqlite" (embedded default) or "Postgres".</summary>
    public string DatabaseProvider { get; set; } = "Sqlite";

    /// <summary>Public base URL printed in QR codes, verify links and mail; required outside Development.</summary>
    public string PublicBaseUrl { get; set; } = "";
}
