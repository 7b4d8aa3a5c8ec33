using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Workflows.Accounts;

namespace Wq.Blazor.Tests.Workflows.Accounts;

[Collection(WorkflowsCollection.Name)]
public class ProfileTests(AppFixture app)
{
    private ProfileService Profiles => app.Services.GetRequiredService<ProfileService>();

    private async Task<Graduate> GraduateAsync(int id)
    {
        await using var db = app.NewDb();
        return await db.Graduates.AsNoTracking().SingleAsync(g => g.Id == id);
    }

    private async Task<List<CorrectionRequest>> CorrectionsAsync(int graduateId)
    {
        await using var db = app.NewDb();
        return await db.CorrectionRequests.AsNoTracking().Where(c => c.GraduateId == graduateId).ToListAsync();
    }

    [Fact]
    public async Task Grad1_confirming_sets_the_time_and_writes_exactly_one_audit_row()
    {
        var grad1 = await app.Data.ActorAsync("grad1");
        var graduateId = grad1.GraduateId!.Value;
        Assert.Null((await GraduateAsync(graduateId)).InfoConfirmedAt);
        Assert.False(await Profiles.IsConfirmedAsync(grad1));

        var first = await Profiles.ConfirmAsync(grad1);
        var again = await Profiles.ConfirmAsync(grad1); // a double click changes nothing more

        Assert.True(first.Ok, first.Error);
        Assert.True(again.Ok, again.Error);
        var graduate = await GraduateAsync(graduateId);
        Assert.NotNull(graduate.InfoConfirmedAt);
        Assert.True(await Profiles.IsConfirmedAsync(grad1));
        Assert.Equal(graduate.InfoConfirmedAt, (await Profiles.GetOwnAsync(grad1))!.ConfirmedAt);
        await using var db = app.NewDb();
        var rows = await db.AuditEvents.AsNoTracking()
            .Where(e => e.RecordType == "Graduate" && e.RecordId == graduateId.ToString() && e.Action == "ConfirmInfo").ToListAsync();
        var row = Assert.Single(rows);
        Assert.Equal(grad1.UserId, row.ActorUserId);
        Assert.Equal("Confirmed", row.ToState);
    }

    [Fact]
    public async Task The_graduate_sees_their_own_profile_masked()
    {
        var grad1 = await app.Data.ActorAsync("grad1");
        var graduate = await GraduateAsync(grad1.GraduateId!.Value);

        var profile = await Profiles.GetOwnAsync(grad1);

        Assert.NotNull(profile);
        Assert.Equal("张三", profile.Name);
        Assert.Equal(graduate.IdNumber[..3] + new string('*', 11) + graduate.IdNumber[^4..], profile.MaskedIdNumber);
        Assert.Equal("138****5678", profile.MaskedPhone);
    }

    [Fact]
    public async Task A_correction_request_needs_a_description()
    {
        var graduate = await app.Data.RegisterGraduateAsync();

        var result = await Profiles.RequestCorrectionAsync(graduate.Actor, "   ");

        Assert.False(result.Ok);
        Assert.Equal("请说明哪些信息有误以及正确的信息", result.Error);
        Assert.Empty(await CorrectionsAsync(graduate.Entry.GraduateId));
    }

    [Fact]
    public async Task A_second_open_correction_request_is_refused()
    {
        var graduate = await app.Data.RegisterGraduateAsync();

        var first = await Profiles.RequestCorrectionAsync(graduate.Actor, "专业应为软件工程");
        var second = await Profiles.RequestCorrectionAsync(graduate.Actor, "还有手机号也不对");

        Assert.True(first.Ok, first.Error);
        Assert.False(second.Ok);
        Assert.Equal("你已有一条更正申请正在处理中,请等待学校就业部门处理", second.Error);
        var open = Assert.Single(await CorrectionsAsync(graduate.Entry.GraduateId));
        Assert.Equal("专业应为软件工程", open.Description);
        Assert.True((await Profiles.GetOwnAsync(graduate.Actor))!.HasOpenCorrection);
    }

    [Fact]
    public async Task School_reviewer_resolves_a_correction_fixing_the_phone_and_the_graduate_must_confirm_again()
    {
        var graduate = await app.Data.RegisterGraduateAsync();
        var school1 = await app.Data.ActorAsync("school1");
        Assert.True((await Profiles.ConfirmAsync(graduate.Actor)).Ok);
        Assert.True((await Profiles.RequestCorrectionAsync(graduate.Actor, "手机号应为13912340000")).Ok);

        var queued = Assert.Single(await Profiles.ListCorrectionsAsync(school1), c => c.GraduateId == graduate.Entry.GraduateId);
        var result = await Profiles.ResolveCorrectionAsync(school1, queued.Id, new RosterFix(Phone: "13912340000"), "已核实,手机号已更正");

        Assert.True(result.Ok, result.Error);
        var stored = await GraduateAsync(graduate.Entry.GraduateId);
        Assert.Equal("13912340000", stored.Phone);
        Assert.Null(stored.InfoConfirmedAt);
        Assert.False(await Profiles.IsConfirmedAsync(graduate.Actor));
        var profile = await Profiles.GetOwnAsync(graduate.Actor);
        Assert.NotNull(profile);
        Assert.Equal("139****0000", profile.MaskedPhone);
        Assert.False(profile.HasOpenCorrection);
        Assert.Null(profile.ConfirmedAt);

        var request = Assert.Single(await CorrectionsAsync(graduate.Entry.GraduateId));
        Assert.NotNull(request.ResolvedAt);
        Assert.Equal(school1.UserId, request.ResolvedByUserId);
        Assert.Equal("已核实,手机号已更正", request.Resolution);
        Assert.DoesNotContain(await Profiles.ListCorrectionsAsync(school1), c => c.Id == queued.Id);

        await using var db = app.NewDb();
        var audit = await db.AuditEvents.AsNoTracking()
            .SingleAsync(e => e.RecordType == "CorrectionRequest" && e.RecordId == queued.Id.ToString() && e.Action == "ResolveCorrection");
        Assert.Contains("手机号", audit.Reason);
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == graduate.Actor.UserId && n.Title == "信息更正申请已处理"));

        // Confirming the corrected data opens the system again.
        Assert.True((await Profiles.ConfirmAsync(graduate.Actor)).Ok);
        Assert.True(await Profiles.IsConfirmedAsync(graduate.Actor));
    }

    [Fact]
    public async Task A_department_reviewer_sees_the_request_but_cannot_resolve_it()
    {
        // Pick a graduate of dept1's department (计算机学院) so dept1 can see the request at all.
        var dept1 = await app.Data.ActorAsync("dept1");
        var graduate = await app.Data.RegisterGraduateAsync(dept1.DepartmentId);
        Assert.True((await Profiles.RequestCorrectionAsync(graduate.Actor, "姓名有误")).Ok);
        var queued = Assert.Single(await Profiles.ListCorrectionsAsync(dept1), c => c.GraduateId == graduate.Entry.GraduateId);

        var result = await Profiles.ResolveCorrectionAsync(dept1, queued.Id, new RosterFix(Name: "改名"), "院系擅自处理");

        Assert.False(result.Ok);
        Assert.True(result.NotFound);
        var request = Assert.Single(await CorrectionsAsync(graduate.Entry.GraduateId));
        Assert.Null(request.ResolvedAt);
        Assert.Equal(graduate.Entry.Name, (await GraduateAsync(graduate.Entry.GraduateId)).Name);
    }

    [Fact]
    public async Task A_graduate_cannot_read_or_confirm_another_graduates_profile()
    {
        var grad2 = await app.Data.ActorAsync("grad2");
        var grad3 = await app.Data.ActorAsync("grad3");
        // grad2's account claiming grad3's roster id, as a forged request would.
        var forged = grad2 with { GraduateId = grad3.GraduateId };
        var grad3Before = await GraduateAsync(grad3.GraduateId!.Value);

        Assert.Null(await Profiles.GetOwnAsync(forged));
        Assert.True(grad3Before.InfoConfirmedAt is not null, "demo grad3 has confirmed");
        Assert.False(await Profiles.IsConfirmedAsync(forged));
        var confirm = await Profiles.ConfirmAsync(forged);
        var correction = await Profiles.RequestCorrectionAsync(forged, "替别人申请更正");

        Assert.True(confirm.NotFound);
        Assert.True(correction.NotFound);
        Assert.Empty(await CorrectionsAsync(grad3.GraduateId!.Value));
        Assert.Equal(grad3Before.Version, (await GraduateAsync(grad3.GraduateId!.Value)).Version);

        // Other roles have no profile to read and no corrections to file.
        var emp1 = await app.Data.ActorAsync("emp1");
        Assert.Null(await Profiles.GetOwnAsync(emp1));
        Assert.True((await Profiles.RequestCorrectionAsync(emp1, "我不是毕业生")).NotFound);
        Assert.Empty(await Profiles.ListCorrectionsAsync(grad2));
    }
}
