using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows;
using Wq.Blazor.Workflows.Accounts;

namespace Wq.Blazor.Hosting.Cli;

/// <summary>
/// DRILL TOOL, not an operator command: <c>drill corrections --graduate NAME --reviewer NAME --count N</c>
/// drives N real workflow actions (a graduate's 更正 request, then the school's resolution, each
/// with an audit row, a notification and an outbox mail) through the same services the pages
/// use, and prints <c>ACK request ID</c> / <c>ACK resolve ID</c> only after each one committed. The
/// crash drill (Wq.Blazor.Tests/Hosting/Drill) kills this process at random moments and checks
/// that every acknowledged action survived. Blazor pages act over the SignalR circuit, not over
/// form posts, so driving them over HTTP would need a browser per action; this keeps the drill
/// inside its time budget. It only touches the two named accounts; use it on a test data folder.
/// </summary>
public static class DrillCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options, TextWriter output, TextWriter error)
    {
        if (!int.TryParse(options.GetValueOrDefault("count"), out var count) || count < 1)
        {
            await error.WriteLineAsync("Error: --count must be a positive number.");
            return 2;
        }
        // No migration check here: the drill runs on a data folder the app has started once, and
        // the check (it builds the snapshot's model) would be most of each restart's time.
        var graduate = await ActorAsync(services, options["graduate"]);
        var reviewer = await ActorAsync(services, options["reviewer"]);
        if (graduate is null || reviewer is null || !graduate.IsGraduate || !reviewer.IsSchoolReviewer)
        {
            await error.WriteLineAsync("Error: --graduate must name a graduate account and --reviewer a school reviewer.");
            return 1;
        }
        var profiles = services.GetRequiredService<ProfileService>();
        for (var i = 1; i <= count; i++)
        {
            // A run killed between the two steps leaves an open request: resolve that one first.
            var open = (await profiles.ListCorrectionsAsync(reviewer)).FirstOrDefault(c => c.GraduateId == graduate.GraduateId);
            var id = open?.Id;
            if (id is null)
            {
                var requested = await profiles.RequestCorrectionAsync(graduate, $"演练更正申请 {i}");
                if (!requested.Ok) return await FailAsync(error, requested.Error);
                id = (await profiles.ListCorrectionsAsync(reviewer)).First(c => c.GraduateId == graduate.GraduateId).Id;
                await output.WriteLineAsync($"ACK request {id}");
            }
            var resolved = await profiles.ResolveCorrectionAsync(reviewer, id.Value, new RosterFix(), $"演练处理 {i}");
            if (!resolved.Ok) return await FailAsync(error, resolved.Error);
            await output.WriteLineAsync($"ACK resolve {id}");
        }
        return 0;
    }

    private static async Task<int> FailAsync(TextWriter error, string? message)
    {
        await error.WriteLineAsync($"Error: {message}");
        return 1;
    }

    private static async Task<ActorContext?> ActorAsync(IServiceProvider services, string userName)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName);
        if (user is null) return null;
        var role = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                          where ur.UserId == user.Id select r.Name).FirstAsync();
        return new ActorContext(user.Id, user.DisplayName, role!, user.GraduateId, user.EmployerId, user.SchoolId, user.DepartmentId, "drill");
    }
}
