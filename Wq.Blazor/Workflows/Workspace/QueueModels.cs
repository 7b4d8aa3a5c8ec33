namespace Wq.Blazor.Workflows.Workspace;

/// <summary>What a reviewer sees of a row: labels resolved, and whether they may act on it now.</summary>
public sealed record QueueItem(
    string Kind, long Id, int Version, int GraduateId, string GraduateName, string StudentNo, string DepartmentName, string Major,
    string Level, string Counterparty, string StateLabel, ReviewLevel Gate, DateTimeOffset SubmittedAt, string Summary,
    bool Actionable)
{
    public QueueKey Key => new(Kind, Id);
    public string GateLabel => Gate == ReviewLevel.Department ? "院系审核" : "学校审核";
}

/// <summary>Identity of a queue item across pages and reloads (selection keys on it, not on the row object).</summary>
public sealed record QueueKey(string Kind, long Id);

public enum QueueSort { SubmittedAt, GraduateName, StudentNo, Department, Counterparty, Kind }

/// <summary>The grid's filters (SPEC §5). Null means "any".</summary>
public sealed record QueueFilter
{
    public string? Kind { get; init; }
    public ReviewLevel? Gate { get; init; }
    public int? DepartmentId { get; init; }
    public string? Major { get; init; }
    public EducationLevel? Level { get; init; }
    public DateOnly? SubmittedFrom { get; init; }
    public DateOnly? SubmittedTo { get; init; }
    public string? Keyword { get; init; }
    /// <summary>Only the items the reviewer can decide now (for batch "all matching").</summary>
    public bool ActionableOnly { get; init; }
}

public sealed record QueuePageRequest(QueueFilter Filter, int Page, int PageSize, QueueSort Sort = QueueSort.SubmittedAt, bool Descending = false)
{
    public const int MaxPageSize = 100;
}

public sealed record QueuePage(IReadOnlyList<QueueItem> Items, int Total);
