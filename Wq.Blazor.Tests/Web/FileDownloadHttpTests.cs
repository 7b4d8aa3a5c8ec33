using System.Net;
using Wq.Blazor.Tests.Workflows;

namespace Wq.Blazor.Tests.Web;

/// <summary>GET /files/{id}: only users in scope of the owning record get the bytes, always as a download.</summary>
[Collection(WebCollection.Name)]
public class FileDownloadHttpTests(AppFixture app)
{
    [Fact]
    public async Task Another_employer_gets_404_for_a_licence()
    {
        var licensed = await app.Data.RegisterEmployerAsync("下载测试有限公司");
        using var emp1 = await WebSession.SignedInClientAsync(app, "emp1");

        var response = await emp1.GetAsync($"/files/{licensed.LicenceAttachmentId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("%PDF", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_admin_downloads_a_licence_as_an_attachment_with_nosniff()
    {
        var licensed = await app.Data.RegisterEmployerAsync("管理员下载有限公司");
        using var admin = await WebSession.SignedInClientAsync(app, "admin");

        var response = await admin.GetAsync($"/files/{licensed.LicenceAttachmentId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(licensed.LicenceBytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("licence.pdf", disposition.FileNameStar ?? disposition.FileName?.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_owning_employer_downloads_its_own_licence()
    {
        var licensed = await app.Data.RegisterEmployerAsync("自己下载有限公司");
        using var owner = await WebSession.SignedInClientAsync(app, licensed.UserName, TestData.StrongPassword);

        var response = await owner.GetAsync($"/files/{licensed.LicenceAttachmentId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(licensed.LicenceBytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_get_no_bytes()
    {
        var licensed = await app.Data.RegisterEmployerAsync("匿名下载有限公司");
        using var client = WebSession.NewClient(app);

        var response = await client.GetAsync($"/files/{licensed.LicenceAttachmentId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", WebSession.LocationPath(response));
    }

    [Fact]
    public async Task An_unknown_file_id_is_404_even_for_the_admin()
    {
        using var admin = await WebSession.SignedInClientAsync(app, "admin");

        var response = await admin.GetAsync("/files/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
