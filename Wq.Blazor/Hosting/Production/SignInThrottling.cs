using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Wq.Blazor.Hosting.Production;

/// <summary>Limits for <see cref="SignInThrottling"/>, section <c>Wq:SignInLimits</c>.</summary>
public sealed class SignInLimits
{
    /// <summary>Sign-in posts per client address per minute.</summary>
    public int PerClientPerMinute { get; set; } = 20;

    /// <summary>Sign-in posts naming one account per 15 minutes, from all clients together.</summary>
    public int PerAccountPer15Minutes { get; set; } = 10;
}

/// <summary>
/// Throttles sign-in posts per client address and per account name with ASP.NET Core's rate
/// limiter, before the password is checked. Lockout (5 failures) still protects a password; the
/// per-account limit slows a distributed guesser and caps how fast anyone can trip that lockout.
/// The answer is the same whether or not the account exists.
/// </summary>
public static class SignInThrottling
{
    public const string Message = "登录尝试过于频繁,请稍后再试";
    private const string LoginPath = "/Account/Login";

    public static void AddWqSignInThrottling(this IServiceCollection services, IConfiguration config)
    {
        var limits = config.GetSection("Wq:SignInLimits").Get<SignInLimits>() ?? new SignInLimits();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                await ctx.HttpContext.Response.WriteAsync(Message, ct);
            };
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(ctx => IsSignIn(ctx)
                    ? RateLimitPartition.GetSlidingWindowLimiter("client:" + ClientKey(ctx), _ => Window(limits.PerClientPerMinute, TimeSpan.FromMinutes(1)))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(ctx => IsSignIn(ctx) && AccountKey(ctx) is { } account
                    ? RateLimitPartition.GetSlidingWindowLimiter("account:" + account, _ => Window(limits.PerAccountPer15Minutes, TimeSpan.FromMinutes(15)))
                    : RateLimitPartition.GetNoLimiter("")));
        });
    }

    /// <summary>Reads the sign-in form ahead of the limiter (buffered: the page reads it again).</summary>
    public static IApplicationBuilder UseWqSignInThrottling(this IApplicationBuilder app)
    {
        app.Use(async (ctx, next) =>
        {
            if (IsSignIn(ctx) && ctx.Request.HasFormContentType) await ctx.Request.ReadFormAsync(ctx.RequestAborted);
            await next();
        });
        return app.UseRateLimiter();
    }

    private static bool IsSignIn(HttpContext ctx) =>
        HttpMethods.IsPost(ctx.Request.Method) && ctx.Request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase);

    private static string ClientKey(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string? AccountKey(HttpContext ctx)
    {
        if (!ctx.Request.HasFormContentType || ctx.Request.Form["Input.UserName"].ToString() is not { Length: > 0 } name) return null;
        return name.Trim().ToUpperInvariant();
    }

    private static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = Math.Max(1, permits), Window = window, SegmentsPerWindow = 6, QueueLimit = 0,
    };
}
