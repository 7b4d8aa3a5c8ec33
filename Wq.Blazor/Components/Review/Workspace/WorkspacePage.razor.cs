using System.Linq.Expressions;
using MudBlazor;
using Wq.Blazor.Infrastructure.Live;
using Wq.Blazor.Workflows;
using Wq.Blazor.Workflows.Workspace;

namespace Wq.Blazor.Components.Review.Workspace;

/// <summary>
/// The reviewer workspace: the queue as a server-paged grid, a selection that survives paging
/// (kept here by key, not by the grid, whose "select all" covers one page), batches and the detail panel.
/// </summary>
public partial class WorkspacePage
{
    private const string AllKinds = "";
    private ActorContext? _actor;
    private MudDataGrid<QueueItem>? _grid;
    private WorkspaceFacets _facets = WorkspaceFacets.None;
    private QueueFilter _filter = new();
    private string _kind = AllKinds;
    private IReadOnlyDictionary<string, int> _counts = new Dictionary<string, int>();
    private readonly Dictionary<QueueKey, QueueItem> _selected = [];
    private IReadOnlyList<QueueItem> _page = [];
    private QueueItem? _detail;
    private int _total, _actionable;

    private string? KindFilter => _kind == AllKinds ? null : _kind;
    private bool PageSelected => _page.Any(i => i.Actionable) && _page.Where(i => i.Actionable).All(i => _selected.ContainsKey(i.Key));
    private bool ApprovalIsFinal => _actor?.IsSchoolReviewer == true || _facets.Mode == ReviewMode.DepartmentOnly;
    // A batch offers what every kind in it supports (退回修改 only where the kind's table has it): the
    // selected kinds, or the kind tab when nothing is selected yet; the service skips the rest with the reason.
    private IReadOnlyList<ReviewDecision> BatchDecisions
    {
        get
        {
            var kinds = _selected.Count > 0 ? _selected.Keys.Select(k => k.Kind).Distinct().ToList()
                : KindFilter is { } k ? [k] : [.. _counts.Keys];
            return Enum.GetValues<ReviewDecision>().Where(d => kinds.Count > 0 && kinds.All(kind => Queue.DecisionsFor(kind).Contains(d))).ToList();
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _actor = await Current.GetAsync();
        if (_actor?.SchoolId is not { } school) { _actor = null; return; }
        _facets = await FacetsQuery.ForAsync(_actor);
        await RefreshCountsAsync();
        var topic = _actor.IsDepartmentReviewer ? LiveUpdateBus.DepartmentQueueTopic(_actor.DepartmentId!.Value) : LiveUpdateBus.SchoolQueueTopic(school);
        // New submissions appear and items handled elsewhere leave without a reload.
        Listen([topic], _ => ReloadAsync());
    }

    private async Task<GridData<QueueItem>> LoadAsync(GridState<QueueItem> state, CancellationToken ct)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var by = sort?.SortBy switch
        {
            nameof(QueueItem.GraduateName) => QueueSort.GraduateName,
            nameof(QueueItem.StudentNo) => QueueSort.StudentNo,
            nameof(QueueItem.DepartmentName) => QueueSort.Department,
            nameof(QueueItem.Counterparty) => QueueSort.Counterparty,
            nameof(QueueItem.Kind) => QueueSort.Kind,
            _ => QueueSort.SubmittedAt,
        };
        var page = await Query.PageAsync(_actor!, new QueuePageRequest(_filter, state.Page, state.PageSize, by, sort?.Descending ?? false), ct);
        (_page, _total) = (page.Items, page.Total);
        // The grid re-renders itself; the page's totals and "select page" box live outside it.
        _ = InvokeAsync(StateHasChanged);
        return new GridData<QueueItem> { Items = page.Items, TotalItems = page.Total };
    }

    private async Task RefreshCountsAsync()
    {
        _counts = await Query.CountsByKindAsync(_actor!, _filter);
        _actionable = await Query.CountAsync(_actor!, _filter with { ActionableOnly = true });
    }

    // The grid's columns. MudBlazor compiles a column's Property each time it receives a new expression
    // instance, and a lambda written in the markup is a new instance on every render: during a batch the
    // page renders many times, and each compiled lambda is a DynamicMethod the finalizer must destroy
    // (the batch-ui profile: ~12 s of CPU for 500 items with four workspaces open). Static ones compile once.
    private static readonly Expression<Func<QueueItem, string>> ByKind = x => x.Kind;
    private static readonly Expression<Func<QueueItem, string>> ByGraduateName = x => x.GraduateName;
    private static readonly Expression<Func<QueueItem, string>> ByStudentNo = x => x.StudentNo;
    private static readonly Expression<Func<QueueItem, string>> ByDepartment = x => x.DepartmentName;
    private static readonly Expression<Func<QueueItem, string>> ByCounterparty = x => x.Counterparty;
    private static readonly Expression<Func<QueueItem, DateTimeOffset>> BySubmittedAt = x => x.SubmittedAt;

    private bool _reloading, _stale, _disposed;

    /// <summary>While events keep coming (a batch), the pause between two reloads of this page.</summary>
    private static readonly TimeSpan BurstReloadGap = TimeSpan.FromMilliseconds(500);

    // A batch of 1,000 publishes 1,000 events to every open queue of the department or school. Events
    // that arrive during a reload fold into one more reload, and while they keep arriving the page
    // reloads at most every 500 ms: back to back, each open workspace would re-query the counts and the
    // page for as long as the batch runs, on the cores the batch needs. A lone event still reloads at once.
    // Returns whether this call reloaded (and so the page should render): an event folded into a running
    // reload changes nothing on screen yet; the running one renders when it finishes.
    private async Task<bool> ReloadAsync()
    {
        if (_reloading) { _stale = true; return false; }
        _reloading = true;
        try
        {
            do
            {
                _stale = false;
                await RefreshCountsAsync();
                if (_grid is not null) await _grid.ReloadServerData();
                if (_stale) await Task.Delay(BurstReloadGap);
            } while (_stale && !_disposed);
        }
        finally { _reloading = false; }
        return !_disposed;
    }

    public override void Dispose()
    {
        _disposed = true;
        base.Dispose();
    }

    private async Task OnFilter(QueueFilter filter)
    {
        _filter = filter with { Kind = KindFilter };
        await ReloadAsync();
    }

    private async Task OnKind(string? kind)
    {
        _kind = kind ?? AllKinds;
        await OnFilter(_filter);
    }

    private void Toggle(QueueItem item, bool on)
    {
        if (on && item.Actionable) _selected[item.Key] = item;
        else _selected.Remove(item.Key);
    }

    private void SelectPage(bool on)
    {
        foreach (var i in _page.Where(i => i.Actionable)) Toggle(i, on);
    }

    private void ClearSelection() => _selected.Clear();

    private async Task AfterBatch()
    {
        _selected.Clear();
        await ReloadAsync();
    }

    /// <summary>After a decision in the panel, the next item of the page takes its place.</summary>
    private async Task Next(QueueItem decided)
    {
        var index = _page.ToList().FindIndex(i => i.Key == decided.Key);
        _selected.Remove(decided.Key);
        await ReloadAsync();
        _detail = _page.Where(i => i.Key != decided.Key).Skip(Math.Max(0, index)).FirstOrDefault()
                  ?? _page.LastOrDefault(i => i.Key != decided.Key);
    }
}
