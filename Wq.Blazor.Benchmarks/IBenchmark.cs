namespace Wq.Blazor.Benchmarks;

/// <summary>One named benchmark. Add a class implementing this and list it in Program.cs.</summary>
internal interface IBenchmark
{
    /// <summary>Command-line name, e.g. "pdf".</summary>
    string Name { get; }

    string Description { get; }

    /// <param name="args">Arguments after the benchmark's name.</param>
    void Run(BenchRunner runner, string[] args);
}
