using System.Text;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Destinations;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Tests.Workflows.Destinations;

/// <summary>Registration scenario steps on the one service fixture; each asserts its own success.</summary>
internal static class RegistrationSteps
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    public static ProofUpload PdfProof(string name = "录取通知书.pdf") => new(name, () => new MemoryStream(Pdf));

    public static RegistrationService Registrations(this SigningApp app) => app.Get<RegistrationService>();

    /// <summary>The sample filling of <paramref name="code"/>, with the admission date moved into the graduate's window.</summary>
    public static async Task<RegistrationInput> InputAsync(this SigningApp app, ActorContext graduate, string code = "801")
    {
        await using var db = await app.DbAsync();
        var year = await db.Graduates.Where(g => g.Id == graduate.GraduateId).Select(g => g.GraduationYear).FirstAsync();
        var values = DestinationSamples.For(code);
        if (values.ContainsKey("admissionDate")) values["admissionDate"] = $"{year}-09-01";
        return new RegistrationInput { Code = code, Values = values };
    }

    public static async Task<long> SubmitAsync(this SigningApp app, ActorContext graduate, string code = "801")
    {
        var r = await app.Registrations().SubmitAsync(graduate, await app.InputAsync(graduate, code), [PdfProof()]);
        Assert.True(r.Ok, r.Error);
        return r.Value;
    }

    public static async Task<OpResult> ReviewAsync(this SigningApp app, ActorContext reviewer, long id, ReviewDecision decision, string? opinion = null) =>
        await app.Reviews.DecideAsync(reviewer, new ReviewCommand(ReviewKinds.DestinationRegistration, id, decision, opinion,
            (await app.RegistrationAsync(id)).Version));

    public static async Task ApproveBothAsync(this SigningApp app, long id)
    {
        var dept = await app.ReviewAsync(await app.ActorAsync("dept1"), id, ReviewDecision.Approve);
        Assert.True(dept.Ok, dept.Error);
        var school = await app.ReviewAsync(await app.ActorAsync("school1"), id, ReviewDecision.Approve);
        Assert.True(school.Ok, school.Error);
    }

    public static async Task<DestinationRegistration> RegistrationAsync(this SigningApp app, long id)
    {
        await using var db = await app.DbAsync();
        return await db.DestinationRegistrations.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    public static async Task<DestinationClaim?> ClaimAsync(this SigningApp app, ActorContext graduate)
    {
        await using var db = await app.DbAsync();
        return await db.DestinationClaims.AsNoTracking().SingleOrDefaultAsync(c => c.GraduateId == graduate.GraduateId);
    }
}
