using Microsoft.AspNetCore.Components;

namespace Wq.Blazor.Components.Shared;

/// <summary>
/// One row of a live list that renders only when its data changed. A live event re-renders the
/// list on every watching page; with rows as components only the new or changed row builds and
/// diffs its markup, so an update costs the same with 10 rows as with 1,000. Rows must be
/// immutable records (value equality) and hold no state of their own.
/// </summary>
public abstract class RowComponentBase<TRow> : ComponentBase where TRow : class
{
    private TRow? _shown;
    private bool _changed = true;

    [Parameter, EditorRequired] public TRow Row { get; set; } = default!;

    protected override void OnParametersSet()
    {
        _changed = !EqualityComparer<TRow>.Default.Equals(Row, _shown);
        _shown = Row;
    }

    protected override bool ShouldRender() => _changed;
}
