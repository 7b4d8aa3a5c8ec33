namespace Wq.Blazor.Domain.CodeTables;

/// <summary>Anything that sits in a code table: a stable code (what is stored) and its Chinese name.</summary>
public interface ICodeItem
{
    string Code { get; }
    string Name { get; }
}

/// <summary>A plain code table entry.</summary>
public sealed record CodeItem(string Code, string Name) : ICodeItem;
