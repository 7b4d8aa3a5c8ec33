using System.Security.Cryptography;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>SPEC §1: outside a record's scope there is nothing, whatever is asked; inside it the parties and reviewers see the PDF.</summary>
public class ScopeTests(SigningApp app) : IClassFixture<SigningApp>
{
    [Fact]
    public async Task Outsiders_get_nothing_for_a_pending_invitation()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate);
        var otherGraduate = await app.NewGraduateAsync();
        var otherEmployer = await app.NewEmployerAsync();

        foreach (var outsider in new[] { otherGraduate, otherEmployer })
        {
            Assert.Null(await app.Queries.GetAsync(outsider, id));
            await Expect.NotFoundAsync(app, id, async () => await app.Responses.AcceptAsync(outsider, id));
            await Expect.NotFoundAsync(app, id, async () => await app.Responses.RejectAsync(outsider, id, "不是我的"));
            await Expect.NotFoundAsync(app, id, async () => await app.Invitations.WithdrawAsync(outsider, id));
        }
        Assert.NotNull(await app.Queries.GetAsync(graduate, id));
        Assert.NotNull(await app.Queries.GetAsync(employer, id));
    }

    [Fact]
    public async Task Outsiders_get_nothing_for_a_pending_review_item()
    {
        var (_, _, id) = await app.PendingDepartmentReviewAsync();
        var otherGraduate = await app.NewGraduateAsync();
        var otherEmployer = await app.NewEmployerAsync();

        foreach (var outsider in new[] { otherGraduate, otherEmployer })
        {
            Assert.Null(await app.Queries.GetAsync(outsider, id));
            await Expect.NotFoundAsync(app, id, async () =>
                await app.Reviews.DecideAsync(outsider, new ReviewCommand(ReviewKinds.OnlineSigning, id, ReviewDecision.Approve, null, null)));
        }
    }

    [Fact]
    public async Task The_signed_pdf_is_served_to_both_parties_and_the_reviewers_only()
    {
        var (graduate, employer, id) = await app.SignedAsync();
        var a = await app.AgreementAsync(id);
        var pdfId = a.PdfAttachmentId!.Value;

        foreach (var insider in new[] { graduate, employer, await app.ActorAsync("school1"), await app.ActorAsync("dept1") })
        {
            var view = await app.Queries.GetAsync(insider, id);
            Assert.NotNull(view);
            Assert.Equal(pdfId, view.PdfAttachmentId);
            var download = await app.Attachments.OpenAsync(insider, pdfId);
            Assert.NotNull(download);
            Assert.Equal("application/pdf", download.ContentType);
            await using (download.Content)
                Assert.Equal(a.PdfSha256, Convert.ToHexStringLower(await SHA256.HashDataAsync(download.Content)));
        }

        var outsiders = new[]
        {
            await app.NewGraduateAsync(), await app.NewEmployerAsync(), await app.NewDepartmentReviewerAsync(SigningApp.Economics),
            await app.ActorAsync("emp1"), await app.ActorAsync("grad2"),
        };
        foreach (var outsider in outsiders)
        {
            Assert.Null(await app.Queries.GetAsync(outsider, id));
            Assert.Null(await app.Attachments.OpenAsync(outsider, pdfId));
        }
    }

    [Fact]
    public async Task The_verification_code_is_shown_to_the_parties_and_the_school_but_not_the_department()
    {
        var (graduate, employer, id) = await app.SignedAsync();
        var code = (await app.AgreementAsync(id)).VerificationCode;

        Assert.Equal(code, (await app.Queries.GetAsync(graduate, id))!.VerificationCode);
        Assert.Equal(code, (await app.Queries.GetAsync(employer, id))!.VerificationCode);
        Assert.Equal(code, (await app.Queries.GetAsync(await app.ActorAsync("school1"), id))!.VerificationCode);
        Assert.Null((await app.Queries.GetAsync(await app.ActorAsync("dept1"), id))!.VerificationCode);
    }

    [Fact]
    public async Task The_view_offers_each_role_only_its_own_moves()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate);

        Assert.Equal([AgreementTrigger.Accept, AgreementTrigger.Reject], (await app.Queries.GetAsync(graduate, id))!.Allowed.Order());
        Assert.Equal([AgreementTrigger.Withdraw], (await app.Queries.GetAsync(employer, id))!.Allowed);
        Assert.Empty((await app.Queries.GetAsync(await app.ActorAsync("dept1"), id))!.Allowed);

        await app.AcceptAsync(graduate, id);
        Assert.Empty((await app.Queries.GetAsync(graduate, id))!.Allowed);
        Assert.Empty((await app.Queries.GetAsync(employer, id))!.Allowed);
        Assert.Equal([AgreementTrigger.Approve, AgreementTrigger.Fail], (await app.Queries.GetAsync(await app.ActorAsync("dept1"), id))!.Allowed.Order());
        Assert.Empty((await app.Queries.GetAsync(await app.ActorAsync("school1"), id))!.Allowed);
    }
}
