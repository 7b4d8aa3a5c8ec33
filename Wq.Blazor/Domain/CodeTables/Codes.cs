namespace Wq.Blazor.Domain.CodeTables;

/// <summary>The string-coded tables, for code that picks a table at run time (exports, grids).</summary>
public enum CodeTable
{
    DestinationType,
    EmployerNature,
    Industry,
    JobCategory,
    Region,
    TerminationReason,
    EducationLevel,
    ArchiveReceiver,
}

public static class Codes
{
    /// <summary>The entries of a table as plain code/name pairs, in table order.</summary>
    public static IReadOnlyList<ICodeItem> Items(CodeTable table) => table switch
    {
        CodeTable.DestinationType => DestinationTypes.All,
        CodeTable.EmployerNature => EmployerNatures.All,
        CodeTable.Industry => Industries.All,
        CodeTable.JobCategory => JobCategories.All,
        CodeTable.Region => Regions.All,
        CodeTable.TerminationReason => TerminationReasons.All,
        CodeTable.EducationLevel => EducationLevels.All,
        CodeTable.ArchiveReceiver => ArchiveReceivers.All,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    /// <summary>The Chinese name of a code in a table, or null when the code is unknown.</summary>
    public static string? NameOf(CodeTable table, string? code) => table switch
    {
        CodeTable.DestinationType => DestinationTypes.All.NameOf(code),
        CodeTable.EmployerNature => EmployerNatures.All.NameOf(code),
        CodeTable.Industry => Industries.All.NameOf(code),
        CodeTable.JobCategory => JobCategories.All.NameOf(code),
        CodeTable.Region => Regions.All.NameOf(code),
        CodeTable.TerminationReason => TerminationReasons.All.NameOf(code),
        CodeTable.EducationLevel => EducationLevels.All.NameOf(code),
        CodeTable.ArchiveReceiver => ArchiveReceivers.All.NameOf(code),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    /// <summary>"34 信息传输、软件和信息技术服务业" style display, or the bare code when unknown.</summary>
    public static string Display(CodeTable table, string code) =>
        NameOf(table, code) is { } name ? $"{code} {name}" : code;
}
