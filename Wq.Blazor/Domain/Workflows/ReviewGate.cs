using Wq.Blazor.Domain.Model;

namespace Wq.Blazor.Domain.Workflows;

public static class ReviewGate
{
    /// <summary>The gate a new submission enters: the department first unless the school reviews alone.</summary>
    public static TState Entry<TState>(ReviewMode mode, TState departmentState, TState schoolState) =>
        mode == ReviewMode.SchoolOnly ? schoolState : departmentState;
}
