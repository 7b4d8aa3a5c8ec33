using System.Threading.RateLimiting;

namespace Wq.Blazor.Workflows.Accounts;

/// <summary>
/// Registration attempts per client address (<c>Wq:RegistrationLimits:PerClientPer10Minutes</c>),
/// so nobody can walk the roster by trying 姓名 + 身份证号 pairs. Registration runs over the
/// circuit, not an HTTP post, so this lives beside the services rather than in the middleware.
/// </summary>
public sealed class RegistrationThrottle(IConfiguration config)
{
    public const string TooMany = "注册尝试过于频繁,请10分钟后再试";

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetSlidingWindowLimiter(client, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, config.GetValue("Wq:RegistrationLimits:PerClientPer10Minutes", 10)),
            Window = TimeSpan.FromMinutes(10), SegmentsPerWindow = 10, QueueLimit = 0,
        }));

    /// <summary>
    /// False when the client has used up its attempts. A null client is an in-process caller
    /// (no browser behind it) and is not limited; pages always pass the connection's address.
    /// </summary>
    public bool TryAcquire(string? client)
    {
        if (client is null) return true;
        using var lease = _limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }
}
