using System.Collections;
using System.Collections.Frozen;

namespace Wq.Blazor.Domain.CodeTables;

/// <summary>
/// An ordered, read-only code table with lookup by code. The constructor refuses duplicate codes,
/// so a typo in a table fails at start-up instead of silently shadowing an entry.
/// </summary>
public sealed class CodeList<T> : IReadOnlyList<T> where T : ICodeItem
{
    private readonly T[] _items;
    private readonly FrozenDictionary<string, T> _byCode;

    public CodeList(IEnumerable<T> items)
    {
        _items = [.. items];
        var byCode = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in _items)
        {
            if (!byCode.TryAdd(item.Code, item))
                throw new ArgumentException($"Duplicate code '{item.Code}' in {typeof(T).Name} table.", nameof(items));
        }
        _byCode = byCode.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>The entry with this code, or null (also for null/blank input).</summary>
    public T? Find(string? code) =>
        code is not null && _byCode.TryGetValue(code.Trim(), out var item) ? item : default;

    public bool Contains(string? code) => Find(code) is not null;

    /// <summary>The Chinese name for a code, or null when the code is unknown.</summary>
    public string? NameOf(string? code) => Find(code)?.Name;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
