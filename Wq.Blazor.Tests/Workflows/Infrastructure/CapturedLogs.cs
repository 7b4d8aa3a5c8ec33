using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Wq.Blazor.Tests.Workflows;

public sealed record LogEntry(string Category, LogLevel Level, string Message);

/// <summary>Keeps the app's log entries in memory so tests can check what was logged (e.g. refused access).</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception)));
        }
    }
}
