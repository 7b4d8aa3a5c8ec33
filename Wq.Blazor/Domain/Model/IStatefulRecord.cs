namespace Wq.Blazor.Domain.Model;

/// <summary>A record moved only by its workflow table; <see cref="Version"/> is the optimistic token.</summary>
public interface IStatefulRecord<TState> where TState : struct, Enum
{
    long Id { get; }
    TState State { get; set; }
    int Version { get; set; }
}
