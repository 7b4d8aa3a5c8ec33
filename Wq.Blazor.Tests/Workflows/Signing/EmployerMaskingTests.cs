namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>Issue 11 item 12: an employer sees 张* until the graduate accepts its invitation.</summary>
public class EmployerMaskingTests(SigningApp app) : IClassFixture<SigningApp>
{
    [Fact]
    public async Task The_invitations_list_and_detail_mask_the_name_until_the_graduate_accepts()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate);
        var fullName = (await app.Queries.GetAsync(graduate, id))!.GraduateName;
        var masked = Masking.MaskName(fullName);
        Assert.NotEqual(fullName, masked);

        Assert.Equal(masked, Assert.Single((await app.Queries.PageForEmployerAsync(employer, 1)).Rows, r => r.Id == id).GraduateName);
        Assert.Equal(masked, (await app.Queries.GetAsync(employer, id))!.GraduateName);

        await app.AcceptAsync(graduate, id);

        Assert.Equal(fullName, Assert.Single((await app.Queries.PageForEmployerAsync(employer, 1)).Rows, r => r.Id == id).GraduateName);
        Assert.Equal(fullName, (await app.Queries.GetAsync(employer, id))!.GraduateName);
    }

    [Fact]
    public async Task A_refused_invitation_keeps_the_name_masked_for_the_employer()
    {
        var graduate = await app.NewGraduateAsync();
        var employer = await app.NewEmployerAsync();
        var id = await app.InviteAsync(employer, graduate);
        var fullName = (await app.Queries.GetAsync(graduate, id))!.GraduateName;

        var refused = await app.Responses.RejectAsync(graduate, id, "已有其他选择");

        Assert.True(refused.Ok, refused.Error);
        Assert.Equal(Masking.MaskName(fullName), (await app.Queries.GetAsync(employer, id))!.GraduateName);
        Assert.Equal(fullName, (await app.Queries.GetAsync(graduate, id))!.GraduateName);
    }
}
