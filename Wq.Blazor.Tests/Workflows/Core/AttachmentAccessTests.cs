using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wq.Blazor.Tests.Workflows.Core;

[Collection(WorkflowsCollection.Name)]
public class AttachmentAccessTests(AppFixture app)
{
    private AttachmentService Attachments => app.Services.GetRequiredService<AttachmentService>();

    private static async Task<byte[]> ReadAllAsync(AttachmentDownload download)
    {
        await using var content = download.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task An_employer_cannot_open_another_employers_licence()
    {
        var licensed = await app.Data.RegisterEmployerAsync("持照单位有限公司");
        var emp1 = await app.Data.ActorAsync("emp1");

        Assert.Null(await Attachments.OpenAsync(emp1, licensed.LicenceAttachmentId));
        // Nor can reviewers or graduates: a licence belongs to the employer and the platform admin.
        Assert.Null(await Attachments.OpenAsync(await app.Data.ActorAsync("school1"), licensed.LicenceAttachmentId));
        Assert.Null(await Attachments.OpenAsync(await app.Data.ActorAsync("grad2"), licensed.LicenceAttachmentId));
        // An employer id forged onto emp1's account does not help either: the role must be Employer with that id.
        Assert.Null(await Attachments.OpenAsync(emp1 with { Role = "Graduate", EmployerId = licensed.EmployerId }, licensed.LicenceAttachmentId));
    }

    [Fact]
    public async Task A_refused_attempt_is_logged_with_who_asked()
    {
        var licensed = await app.Data.RegisterEmployerAsync("记录日志有限公司");
        var emp2 = await app.Data.ActorAsync("emp2");

        Assert.Null(await Attachments.OpenAsync(emp2, licensed.LicenceAttachmentId));

        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Warning
            && e.Message.Contains(licensed.LicenceAttachmentId.ToString()) && e.Message.Contains(emp2.UserId));
    }

    [Fact]
    public async Task The_admin_and_the_owning_employer_can_open_the_licence()
    {
        var licensed = await app.Data.RegisterEmployerAsync("自有执照有限公司");

        var asAdmin = await Attachments.OpenAsync(await app.Data.ActorAsync("admin"), licensed.LicenceAttachmentId);
        var asOwner = await Attachments.OpenAsync(await app.Data.ActorAsync(licensed.UserName), licensed.LicenceAttachmentId);

        Assert.NotNull(asAdmin);
        Assert.Equal("application/pdf", asAdmin.ContentType);
        Assert.Equal("licence.pdf", asAdmin.FileName);
        Assert.Equal(licensed.LicenceBytes, await ReadAllAsync(asAdmin));
        Assert.NotNull(asOwner);
        Assert.Equal(licensed.LicenceBytes, await ReadAllAsync(asOwner));
    }

    [Fact]
    public async Task An_unknown_attachment_id_is_not_found_even_for_the_admin()
    {
        Assert.Null(await Attachments.OpenAsync(await app.Data.ActorAsync("admin"), 9_999_999));
    }
}
