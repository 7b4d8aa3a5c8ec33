using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>What the public /verify page shows: a masked summary and whether the agreement still holds.</summary>
public sealed record VerificationSummary(
    string Number, string MaskedGraduateName, string SchoolName, string EmployerName, string PositionTitle,
    DateTimeOffset? SignedAt, bool Valid, string StateLabel, string? PdfSha256);

/// <summary>
/// Public verification of an 电子就业协议书 by 协议书编号 + verification code (SPEC §6). No login,
/// so every attempt is rate-limited per client, and a wrong number and a wrong code look the same.
/// </summary>
public sealed class VerificationService(IDbContextFactory<WqDbContext> dbFactory)
{
    public const string NotFound = "协议书编号或验证码不正确";
    public const string TooMany = "查询过于频繁,请稍后再试";

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetSlidingWindowLimiter(client, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = 20, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0,
        }));

    public async Task<OpResult<VerificationSummary>> VerifyAsync(string? number, string? code, string client)
    {
        using var lease = _limiter.AttemptAcquire(client);
        if (!lease.IsAcquired) return OpResult<VerificationSummary>.Fail(TooMany);
        number = number?.Trim() ?? "";
        code = (code ?? "").Trim().Replace(" ", "").Replace("-", "").ToUpperInvariant();
        if (number.Length == 0 || code.Length == 0) return OpResult<VerificationSummary>.Fail("请输入协议书编号和验证码");

        await using var db = await dbFactory.CreateDbContextAsync();
        var a = await db.Agreements.AsNoTracking().Include(x => x.Graduate).ThenInclude(g => g!.School)
            .FirstOrDefaultAsync(x => x.Number == number && x.VerificationCode != null);
        if (a is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a.VerificationCode!), Encoding.ASCII.GetBytes(code)))
            return OpResult<VerificationSummary>.Fail(NotFound);
        var valid = a.State == AgreementState.Signed;
        return OpResult<VerificationSummary>.Of(new VerificationSummary(a.Number!, Masking.MaskName(a.Graduate!.Name)!,
            a.Graduate.School!.Name, a.EmployerInfo.Name, a.Terms.PositionTitle, a.SignedAt, valid,
            valid ? "有效" : a.State == AgreementState.Terminated ? "已解约" : AgreementStates.Label(a.State, a.Channel), a.PdfSha256));
    }

    /// <summary>Whether an uploaded file is byte-for-byte the document that was issued.</summary>
    public static async Task<bool> MatchesAsync(VerificationSummary summary, Stream pdf)
    {
        if (summary.PdfSha256 is null) return false;
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(pdf));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(summary.PdfSha256));
    }
}
