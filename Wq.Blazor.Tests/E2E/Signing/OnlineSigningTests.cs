namespace Wq.Blazor.Tests.E2E.Signing;

[Collection(E2ECollection.Name)]
public sealed class OnlineSigningDesktopTests(SigningServer server, BrowserFixture browser) : IClassFixture<SigningServer>
{
    [Fact]
    public async Task Invitation_acceptance_and_two_level_review_show_live_on_every_open_page()
    {
        await OnlineSigningFlow.RunAsync(browser, server, await server.IdNumberOfAsync("李四"), phone: false);
    }
}

[Collection(E2ECollection.Name)]
public sealed class OnlineSigningPhoneTests(PhoneSigningServer server, BrowserFixture browser) : IClassFixture<PhoneSigningServer>
{
    [Fact]
    public async Task The_same_flow_works_for_a_graduate_on_a_375px_phone()
    {
        await OnlineSigningFlow.RunAsync(browser, server, await server.IdNumberOfAsync("李四"), phone: true);
    }
}
