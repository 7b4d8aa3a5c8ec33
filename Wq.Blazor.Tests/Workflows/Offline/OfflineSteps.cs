using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Offline;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Workflows.Offline;

/// <summary>Scenario steps of the offline channels through the real services; each asserts success.</summary>
internal static class OfflineSteps
{
    public static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    public static EmployerInput Employer(string? creditCode = null)
    {
        const string first17 = "91310115MA1K4B7T0";
        return new()
        {
            Name = "远方贸易有限公司", CreditCode = creditCode ?? first17 + UnifiedSocialCreditCode.ComputeCheckChar(first17),
            NatureCode = "39", IndustryCode = "31", RegionCode = "310000", Address = "上海市浦东新区远方路8号",
            ContactPerson = "赵经理", ContactPhone = "021-55550123",
        };
    }

    public static IncomingFile Scan(string name = "盖章协议书.png", byte[]? bytes = null)
    {
        var content = bytes ?? PngBytes;
        return new IncomingFile(name, content.Length, () => new MemoryStream(content));
    }

    public static async Task<long> SubmitAsync(SigningApp app, ActorContext graduate, EmployerInput? employer = null)
    {
        var r = await app.Get<OfflineSigningService>().SubmitAsync(graduate, employer ?? Employer(), SigningApp.Terms());
        Assert.True(r.Ok, r.Error);
        return r.Value;
    }

    public static async Task DecideAsync(SigningApp app, string kind, string reviewer, long id, ReviewDecision d, string? opinion = null)
    {
        var version = (await app.AgreementAsync(id)).Version;
        var r = await app.Reviews.DecideAsync(await app.ActorAsync(reviewer), new ReviewCommand(kind, id, d, opinion, version));
        Assert.True(r.Ok, r.Error);
    }

    /// <summary>Through both gates of 协议审核 (the demo school reviews at two levels).</summary>
    public static async Task<(ActorContext Graduate, long Id)> ApprovedAsync(SigningApp app)
    {
        var graduate = await app.NewGraduateAsync();
        var id = await SubmitAsync(app, graduate);
        await DecideAsync(app, ReviewKinds.OfflineSigning, "dept1", id, ReviewDecision.Approve);
        await DecideAsync(app, ReviewKinds.OfflineSigning, "school1", id, ReviewDecision.Approve);
        await app.DrainPdfJobsAsync(); // the printable document is rendered after the approval commits
        return (graduate, id);
    }

    /// <summary>本人回传 and both gates of 签约审核: 签约成功.</summary>
    public static async Task<(ActorContext Graduate, long Id)> SignedAsync(SigningApp app)
    {
        var (graduate, id) = await ApprovedAsync(app);
        var version = (await app.AgreementAsync(id)).Version;
        var up = await app.Get<OfflineSigningService>().UploadStampedAsync(graduate, id, [Scan()], version);
        Assert.True(up.Ok, up.Error);
        await DecideAsync(app, ReviewKinds.OfflineSigning, "dept1", id, ReviewDecision.Approve);
        await DecideAsync(app, ReviewKinds.OfflineSigning, "school1", id, ReviewDecision.Approve);
        return (graduate, id);
    }

    public static async Task<string> LinkAsync(SigningApp app, ActorContext graduate, long id)
    {
        var r = await app.Get<EmployerLinkService>().CreateAsync(graduate, id);
        Assert.True(r.Ok, r.Error);
        return r.Value!;
    }

    public static async Task<DestinationClaim?> ClaimAsync(SigningApp app, ActorContext graduate)
    {
        await using var db = await app.DbAsync();
        return await db.DestinationClaims.AsNoTracking().FirstOrDefaultAsync(c => c.GraduateId == graduate.GraduateId);
    }

    public static async Task<List<Attachment>> FilesAsync(SigningApp app, string owner)
    {
        await using var db = await app.DbAsync();
        return await db.Attachments.AsNoTracking().Where(a => a.OwnerRef == owner).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>Stored files on disk (the temp folder aside): what a rollback must clean up.</summary>
    public static int FilesOnDisk(SigningApp app)
    {
        var root = app.Get<Wq.Blazor.Infrastructure.Files.FileStore>().Root;
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count(f => !Path.GetRelativePath(root, f).StartsWith("tmp"))
            : 0;
    }
}
