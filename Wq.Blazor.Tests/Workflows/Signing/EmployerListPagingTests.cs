using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>The employer's list is read a page at a time (LIMIT/OFFSET plus a count), newest first, within its scope.</summary>
public class EmployerListPagingTests(SigningApp app) : IClassFixture<SigningApp>
{
    private static int _schoolSerial = 40000;

    /// <summary>Graduates of a school of its own: the demo roster is too small for a test that invites many.</summary>
    private async Task<Func<Task<ActorContext>>> GraduatesAsync()
    {
        var school = await app.NewSchoolAsync(ReviewMode.TwoLevel, Interlocked.Increment(ref _schoolSerial).ToString());
        return () => app.NewGraduateAtAsync(school, EducationLevel.Bachelor);
    }

    /// <summary>An employer with five invitations (ids oldest first) and another employer with one.</summary>
    private async Task<(ActorContext Employer, List<long> Ids, ActorContext Other, long OtherId)> ArrangeAsync()
    {
        var graduate = await GraduatesAsync();
        var employer = await app.NewEmployerAsync();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++) ids.Add(await app.InviteAsync(employer, await graduate()));
        var other = await app.NewEmployerAsync();
        var otherId = await app.InviteAsync(other, await graduate());
        return (employer, ids, other, otherId);
    }

    [Fact]
    public async Task Pages_split_the_list_newest_first_with_the_total_and_never_show_another_employers_rows()
    {
        var (employer, ids, other, otherId) = await ArrangeAsync();
        var newestFirst = Enumerable.Reverse(ids).ToList();

        var p1 = await app.Queries.PageForEmployerAsync(employer, 1, pageSize: 2);
        var p2 = await app.Queries.PageForEmployerAsync(employer, 2, pageSize: 2);
        var p3 = await app.Queries.PageForEmployerAsync(employer, 3, pageSize: 2);

        Assert.Equal((5, 3), (p1.Total, p1.PageCount));
        Assert.Equal(newestFirst[..2], p1.Rows.Select(r => r.Id));
        Assert.Equal(newestFirst[2..4], p2.Rows.Select(r => r.Id));
        Assert.Equal(newestFirst[4..], p3.Rows.Select(r => r.Id)); // the last page holds the remainder
        Assert.Equal((1, 2, 3), (p1.Page, p2.Page, p3.Page));
        Assert.DoesNotContain(otherId, new[] { p1, p2, p3 }.SelectMany(p => p.Rows).Select(r => r.Id));

        var theirs = await app.Queries.PageForEmployerAsync(other, 1, pageSize: 2);
        Assert.Equal([otherId], theirs.Rows.Select(r => r.Id));
        Assert.Equal((1, 1), (theirs.Total, theirs.PageCount));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(int.MinValue, 1)]
    [InlineData(4, 3)]
    [InlineData(9999, 3)]
    [InlineData(int.MaxValue, 3)]
    public async Task A_page_out_of_range_gives_the_nearest_existing_page(int requested, int shown)
    {
        var (employer, ids, _, _) = await ArrangeAsync();

        var page = await app.Queries.PageForEmployerAsync(employer, requested, pageSize: 2);

        Assert.Equal(shown, page.Page);
        Assert.Equal(5, page.Total);
        Assert.NotEmpty(page.Rows);
        Assert.Equal(shown == 1 ? ids[^1] : ids[0], page.Rows[0].Id);
    }

    [Fact]
    public async Task An_employer_without_invitations_has_one_empty_page_and_other_roles_see_nothing()
    {
        var employer = await app.NewEmployerAsync();
        var graduate = await (await GraduatesAsync())();
        await app.InviteAsync(await app.NewEmployerAsync(), graduate);

        var empty = await app.Queries.PageForEmployerAsync(employer, 5);
        Assert.Equal((0, 1, 1), (empty.Total, empty.Page, empty.PageCount));
        Assert.Empty(empty.Rows);
        var graduates = await app.Queries.PageForEmployerAsync(graduate, 1);
        Assert.Equal(0, graduates.Total);
        Assert.Empty(graduates.Rows);
    }

    [Fact]
    public async Task A_page_read_again_is_the_same_until_a_change_reaches_it()
    {
        var graduate = await GraduatesAsync();
        var (employer, _, _, _) = await ArrangeAsync();
        var p1 = await app.Queries.PageForEmployerAsync(employer, 1, pageSize: 2);
        var p3 = await app.Queries.PageForEmployerAsync(employer, 3, pageSize: 2);

        Assert.True(p1.SameAs(await app.Queries.PageForEmployerAsync(employer, 1, pageSize: 2)));
        Assert.False(p1.SameAs(p3));
        Assert.False(p1.SameAs(null));

        // A new invitation shifts every page and changes the total.
        await app.InviteAsync(employer, await graduate());
        Assert.False(p1.SameAs(await app.Queries.PageForEmployerAsync(employer, 1, pageSize: 2)));
        Assert.False(p3.SameAs(await app.Queries.PageForEmployerAsync(employer, 3, pageSize: 2)));
    }

    [Fact]
    public void The_shared_live_key_names_the_scope_the_page_and_its_size()
    {
        var emp = new ActorContext("u1", "员工", Roles.Employer, EmployerId: 7);
        var colleague = new ActorContext("u2", "同事", Roles.Employer, EmployerId: 7);
        var otherEmployer = new ActorContext("u3", "他人", Roles.Employer, EmployerId: 8);

        Assert.Equal(AgreementQueries.EmployerPageKey(emp, 1), AgreementQueries.EmployerPageKey(colleague, 1));
        Assert.NotEqual(AgreementQueries.EmployerPageKey(emp, 1), AgreementQueries.EmployerPageKey(emp, 2));
        Assert.NotEqual(AgreementQueries.EmployerPageKey(emp, 1), AgreementQueries.EmployerPageKey(emp, 1, 50));
        Assert.NotEqual(AgreementQueries.EmployerPageKey(emp, 1), AgreementQueries.EmployerPageKey(otherEmployer, 1));
        Assert.StartsWith(AgreementQueries.RowsKey(emp)!, AgreementQueries.EmployerPageKey(emp, 1));
    }
}
