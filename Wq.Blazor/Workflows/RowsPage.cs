namespace Wq.Blazor.Workflows;

/// <summary>
/// One page of a list read with LIMIT/OFFSET: its rows, the total count and the page actually
/// returned (a requested page out of range is moved to the nearest one).
/// </summary>
public sealed record RowsPage<T>(IReadOnlyList<T> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => PageCountOf(Total, PageSize);

    /// <summary>
    /// Same page, total and rows (by value: rows must be records). A live page whose new result is
    /// the same as the one it shows need not render at all.
    /// </summary>
    public bool SameAs(RowsPage<T>? other) =>
        other is not null && (Total, Page, PageSize) == (other.Total, other.Page, other.PageSize) && Rows.SequenceEqual(other.Rows);

    /// <summary>At least one page, even for an empty list, so page 1 always exists.</summary>
    public static int PageCountOf(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}
