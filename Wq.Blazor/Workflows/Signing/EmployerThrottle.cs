using System.Threading.RateLimiting;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>
/// Per-employer limits on graduate searches and invitations (<c>Wq:EmployerLimits</c>), so a
/// certified account cannot walk the roster by trying 姓名 + 身份证号 or 学号 pairs, nor flood
/// graduates with invitations. Partitioned by employer id, not by address: every staff account and
/// browser of one employer shares the allowance. These run over the circuit, so they live beside
/// the service like RegistrationThrottle rather than in the HTTP middleware.
/// </summary>
public sealed class EmployerThrottle(IConfiguration config)
{
    public const string TooManySearches = "查询过于频繁,请10分钟后再试";
    public const string TooManyInvitations = "发起签约邀请过于频繁,请1小时后再试";

    private readonly PartitionedRateLimiter<int> _searches = Create(
        Math.Max(1, config.GetValue("Wq:EmployerLimits:SearchesPer10Minutes", 30)), TimeSpan.FromMinutes(10));

    private readonly PartitionedRateLimiter<int> _invitations = Create(
        Math.Max(1, config.GetValue("Wq:EmployerLimits:InvitationsPerHour", 20)), TimeSpan.FromHours(1));

    /// <summary>
    /// Null when allowed, else the message. Actors without a client address are in-process callers
    /// (demo seeding, tools) and are not limited; pages always carry the connection's address.
    /// </summary>
    public string? Search(ActorContext actor) => Acquire(_searches, actor) ? null : TooManySearches;

    public string? Invite(ActorContext actor) => Acquire(_invitations, actor) ? null : TooManyInvitations;

    private static bool Acquire(PartitionedRateLimiter<int> limiter, ActorContext actor)
    {
        if (actor.Ip is null || actor.EmployerId is not { } employer) return true;
        using var lease = limiter.AttemptAcquire(employer);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<int> Create(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<int, int>(employer => RateLimitPartition.GetSlidingWindowLimiter(employer, _ =>
            new SlidingWindowRateLimiterOptions { PermitLimit = permits, Window = window, SegmentsPerWindow = 10, QueueLimit = 0 }));
}
