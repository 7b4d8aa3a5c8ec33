namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>Releases <c>n</c> calls at once: each on its own thread, all waiting at one <see cref="Barrier"/>.</summary>
internal static class Together
{
    public static async Task<T[]> RunAsync<T>(int n, Func<int, Task<T>> work)
    {
        using var barrier = new Barrier(n);
        var tasks = Enumerable.Range(0, n).Select(i => Task.Factory.StartNew(() =>
        {
            // A deadlock guard, not a timing assertion: every participant reaches the barrier within seconds.
            if (!barrier.SignalAndWait(TimeSpan.FromMinutes(5))) throw new TimeoutException("participants never met at the barrier");
            return work(i);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()).ToArray();
        return await Task.WhenAll(tasks);
    }
}
