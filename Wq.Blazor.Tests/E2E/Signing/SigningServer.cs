using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Data;

namespace Wq.Blazor.Tests.E2E.Signing;

/// <summary>A server of its own (fresh demo data) for the desktop signing scenario.</summary>
public sealed class SigningServer : WqServerFactory;

/// <summary>Same scenario at phone width, on another fresh server.</summary>
public sealed class PhoneSigningServer : WqServerFactory;

public static class ServerData
{
    /// <summary>The full 身份证号 of a demo graduate: what an employer types to find them.</summary>
    public static async Task<string> IdNumberOfAsync(this WqServerFactory server, string name)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContextAsync();
        return await db.Graduates.Where(g => g.Name == name && g.UserId != null).Select(g => g.IdNumber).FirstAsync();
    }
}
