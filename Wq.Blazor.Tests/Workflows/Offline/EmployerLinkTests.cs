using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Offline;
using static Wq.Blazor.Tests.Workflows.Offline.OfflineSteps;

namespace Wq.Blazor.Tests.Workflows.Offline;

/// <summary>用人单位协助回传 (guide §5.3): a link for one agreement that dies when used, moved on, replaced or 7 days old.</summary>
public class EmployerLinkTests(SigningApp app) : IClassFixture<SigningApp>
{
    private EmployerLinkService Links => app.Get<EmployerLinkService>();

    [Fact]
    public async Task The_employer_sees_a_masked_summary_downloads_the_pdf_and_uploads_once()
    {
        var (graduate, id) = await ApprovedAsync(app);
        var token = await LinkAsync(app, graduate, id);
        Assert.True(token.Length >= 26); // ≥ 128 bits in base32

        var view = await Links.OpenAsync(id, token);
        Assert.True(view.Ok, view.Error);
        Assert.Contains("*", view.Value!.MaskedGraduateName);
        Assert.Equal("远方贸易有限公司", view.Value.EmployerName);
        await using (var pdf = (await Links.OpenPdfAsync(id, token))!.Content)
            Assert.Equal((byte)'%', (byte)pdf.ReadByte());

        var link = new Wq.Blazor.Workflows.ActorContext("", "用人单位(协助回传)", Roles.Employer, Ip: "10.0.0.9");
        await Expect.MovedAsync(app, id, link, () => Links.UploadAsync(id, token, [Scan()], "10.0.0.9").AsBase(),
            AgreementState.PendingSigningDepartmentReview, "UploadStamped");
        Assert.Contains(await app.NotificationsAsync(graduate.UserId), n => n.Title == "用人单位已回传协议书");

        // Used: the page says so, the PDF is gone and a second upload changes nothing.
        Assert.Contains("已使用", (await Links.OpenAsync(id, token)).Error);
        Assert.Null(await Links.OpenPdfAsync(id, token));
        await Expect.RefusedAsync(app, id, () => Links.UploadAsync(id, token, [Scan()], null).AsBase(), "已使用");
    }

    [Fact]
    public async Task A_foreign_a_replaced_an_expired_and_a_moved_on_link_each_say_why_in_chinese()
    {
        var (graduate, id) = await ApprovedAsync(app);
        var (otherGraduate, otherId) = await ApprovedAsync(app);
        var first = await LinkAsync(app, graduate, id);
        Assert.Contains("不属于", (await Links.OpenAsync(otherId, first)).Error);
        Assert.Contains("无效", (await Links.OpenAsync(id, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).Error);

        var second = await LinkAsync(app, graduate, id);
        Assert.Contains("新的链接", (await Links.OpenAsync(id, first)).Error);
        await Expect.RefusedAsync(app, id, () => Links.UploadAsync(id, first, [Scan()], null).AsBase(), "新的链接");

        app.Clock.Advance(EmployerLinkService.Lifetime);
        Assert.Contains("已过期", (await Links.OpenAsync(id, second)).Error);
        await Expect.RefusedAsync(app, id, () => Links.UploadAsync(id, second, [Scan()], null).AsBase(), "已过期");

        // The graduate uploads in person: the agreement moves on and the other graduate's link dies with it.
        var third = await LinkAsync(app, otherGraduate, otherId);
        var version = (await app.AgreementAsync(otherId)).Version;
        Assert.True((await app.Get<OfflineSigningService>().UploadStampedAsync(otherGraduate, otherId, [Scan()], version)).Ok);
        Assert.Contains("状态已变化", (await Links.OpenAsync(otherId, third)).Error);
    }

    [Fact]
    public async Task A_link_is_refused_before_the_agreement_is_approved_and_to_anyone_but_its_graduate()
    {
        var graduate = await app.NewGraduateAsync();
        var id = await SubmitAsync(app, graduate);
        await Expect.RefusedAsync(app, id, () => Links.CreateAsync(graduate, id).AsBase(), "审核通过");
        var (_, approved) = await ApprovedAsync(app);
        await Expect.NotFoundAsync(app, approved, () => Links.CreateAsync(graduate, approved).AsBase());
    }

    [Fact]
    public async Task Eight_uploads_racing_through_one_link_move_the_agreement_once_and_keep_one_file_set()
    {
        var (graduate, id) = await ApprovedAsync(app);
        var token = await LinkAsync(app, graduate, id);
        var before = await app.WorldAsync(id);
        var onDisk = FilesOnDisk(app);

        var results = await Together.RunAsync(8, i => Links.UploadAsync(id, token, [Scan($"扫描{i}.png"), Scan($"扫描{i}-2.png")], null));

        Assert.Equal(1, results.Count(r => r.Ok));
        Assert.All(results.Where(r => !r.Ok), r => Expect.Chinese(r.Error));
        var after = await app.WorldAsync(id);
        Assert.Equal((AgreementState.PendingSigningDepartmentReview, before.Version + 1), (after.State, after.Version));
        var scans = (await FilesAsync(app, $"Agreement:{id}")).Where(f => f.Kind == AttachmentKind.StampedAgreement).ToList();
        Assert.Equal(2, scans.Count);
        Assert.Single(scans.Select(s => s.FileName[..3]).Distinct()); // both files of one upload
        Assert.Equal(onDisk + 2, FilesOnDisk(app));
        Assert.Single(await app.AuditAsync("Agreement", id), e => e.Action == "UploadStamped");
        await using var db = await app.DbAsync();
        Assert.NotNull((await db.EmployerUploadLinks.SingleAsync(l => l.AgreementId == id)).UsedAt);
    }
}
