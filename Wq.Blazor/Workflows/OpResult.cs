namespace Wq.Blazor.Workflows;

/// <summary>
/// The outcome of a service call. Failures carry a Chinese message for the user; NotFound is
/// what anyone outside a record's scope gets, whatever they asked for.
/// </summary>
public record OpResult(bool Ok, string? Error = null, bool NotFound = false)
{
    public const string NotFoundMessage = "记录不存在或无权访问";
    public static readonly OpResult Success = new(true);
    public static OpResult Fail(string message) => new(false, message);
    public static OpResult Missing() => new(false, NotFoundMessage, NotFound: true);
}

public sealed record OpResult<T>(bool Ok, T? Value, string? Error = null, bool NotFound = false)
    : OpResult(Ok, Error, NotFound)
{
    public static OpResult<T> Of(T value) => new(true, value);
    public static new OpResult<T> Fail(string message) => new(false, default, message);
    public static new OpResult<T> Missing() => new(false, default, NotFoundMessage, NotFound: true);
}

/// <summary>Thrown inside a transition to refuse it; the runner rolls back and returns the message.</summary>
public sealed class WorkflowRefusal(string message, bool notFound = false, RecordRef? record = null) : Exception(message)
{
    public bool NotFound { get; } = notFound;
    /// <summary>The record asked for, logged with the refusal.</summary>
    public RecordRef? Record { get; } = record;
    public static WorkflowRefusal Missing(RecordRef? record = null) => new(OpResult.NotFoundMessage, notFound: true, record);
}
