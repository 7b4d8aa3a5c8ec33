namespace Wq.Blazor.Domain.Records;

/// <summary>A record with an optimistic version that only the workflow core increments.</summary>
public interface IVersionedRecord
{
    RecordRef Ref { get; }
    int Version { get; }
}

/// <summary>
/// A record moved only by its workflow table. <see cref="State"/> and <see cref="IVersionedRecord.Version"/>
/// have private setters: the workflow core writes them through the change tracker, nobody else.
/// </summary>
public interface IStatefulRecord<TState> : IVersionedRecord where TState : struct, Enum
{
    TState State { get; }
}

/// <summary>Who a record belongs to, for the one scope rule per kind (SPEC §1).</summary>
public interface IGraduateRecord
{
    int GraduateId { get; }
    int SchoolId { get; }
    int DepartmentId { get; }
}

/// <summary>A record an employer is a party to.</summary>
public interface IEmployerPartyRecord : IGraduateRecord
{
    int? EmployerId { get; }
}

/// <summary>A record that can be the graduate's one current destination (SPEC §3).</summary>
public interface IDestinationRecord : IGraduateRecord
{
    DestinationKind DestinationKind { get; }
    long Id { get; }
}
