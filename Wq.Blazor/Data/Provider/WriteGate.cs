namespace Wq.Blazor.Data.Provider;

/// <summary>
/// Queues this process's write transactions in front of SQLite's write lock (ADR 0020). SQLite
/// lets a blocked BEGIN IMMEDIATE poll with growing sleeps (up to 100 ms each), so a writer that
/// arrives just after another one started often sleeps long past the other's commit; here it
/// waits its turn in order and starts the moment the lock is free. Other processes, and writes
/// that do not pass here, still meet SQLite's own busy handling, which stays the real guard.
/// </summary>
public sealed class WriteGate
{
    /// <summary>As long as SQLite's busy_timeout: after that a writer goes ahead and lets SQLite decide.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Waits for this process's turn to write; dispose the result right after commit or rollback.</summary>
    public async Task<IAsyncDisposable> EnterAsync(CancellationToken ct = default) =>
        await _turn.WaitAsync(MaxWait, ct) ? new Turn(_turn) : NoTurn.Instance;

    private sealed class Turn(SemaphoreSlim turn) : IAsyncDisposable
    {
        private SemaphoreSlim? _turn = turn;

        public ValueTask DisposeAsync()
        {
            Interlocked.Exchange(ref _turn, null)?.Release();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class NoTurn : IAsyncDisposable
    {
        public static readonly NoTurn Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
