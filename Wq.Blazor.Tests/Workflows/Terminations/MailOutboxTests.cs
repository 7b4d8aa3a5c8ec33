using Wq.Blazor.Tests.Workflows;
using static Wq.Blazor.Tests.Workflows.Terminations.SignedAgreements;

namespace Wq.Blazor.Tests.Workflows.Terminations;

/// <summary>Without SMTP configured, notifications are written as .eml files to the outbox folder (SPEC §7).</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class MailOutboxTests(AppFixture app)
{
    [Fact]
    public async Task Signing_notifications_reach_the_outbox_as_mail_to_the_employer()
    {
        var outbox = Path.Combine(app.DataDirectory, "outbox");
        var before = Directory.Exists(outbox) ? Directory.GetFiles(outbox, "*.eml").Length : 0;

        await CreateAsync(app); // invite, accept, two approvals: each notifies someone

        // Mail leaves after commit on a background worker; give it a bounded moment.
        string[] files = [];
        for (var i = 0; i < 50 && files.Length <= before; i++)
        {
            await Task.Delay(100);
            files = Directory.Exists(outbox) ? Directory.GetFiles(outbox, "*.eml") : [];
        }
        Assert.True(files.Length > before, "no .eml written to the outbox");
        var texts = files.Select(File.ReadAllText).ToList();
        Assert.Contains(texts, t => t.Contains("hr110108@example.cn") && t.Contains("Subject:"));
    }
}
