using Wq.Blazor.Tests.Workflows.Signing;
using Wq.Blazor.Workflows.Workspace;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>Arrangement for workspace tests: a school of its own per test, so counts are exact.</summary>
internal static class WorkspaceScenarios
{
    private static int _schoolSerial = 30000;

    public static Task<TestSchool> SchoolAsync(SigningApp app, ReviewMode mode = ReviewMode.TwoLevel) =>
        app.NewSchoolAsync(mode, Interlocked.Increment(ref _schoolSerial).ToString());

    /// <summary><paramref name="count"/> accepted invitations waiting at the school's first gate.</summary>
    public static async Task<List<long>> PendingAsync(SigningApp app, TestSchool school, int count, EducationLevel level = EducationLevel.Bachelor)
    {
        var employer = await app.NewEmployerAsync();
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var graduate = await app.NewGraduateAtAsync(school, level);
            var id = await app.InviteAsync(employer, graduate);
            await app.AcceptAsync(graduate, id);
            ids.Add(id);
        }
        return ids;
    }

    public static async Task<List<QueueItem>> AllAsync(SigningApp app, ActorContext reviewer, QueueFilter? filter = null)
    {
        var list = new List<QueueItem>();
        await foreach (var i in app.Get<ReviewQueueQuery>().StreamAsync(reviewer, filter ?? new QueueFilter())) list.Add(i);
        return list;
    }
}
