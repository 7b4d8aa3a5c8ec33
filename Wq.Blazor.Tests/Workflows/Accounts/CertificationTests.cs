using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wq.Blazor.Workflows.Accounts;

namespace Wq.Blazor.Tests.Workflows.Accounts;

[Collection(WorkflowsCollection.Name)]
public class CertificationTests(AppFixture app)
{
    private CertificationService Certification => app.Services.GetRequiredService<CertificationService>();

    private async Task<int> AuditCountAsync(int employerId)
    {
        await using var db = app.NewDb();
        return await db.AuditEvents.CountAsync(e => e.RecordType == "Employer" && e.RecordId == employerId.ToString());
    }

    private async Task<Employer> EmployerAsync(int id)
    {
        await using var db = app.NewDb();
        return await db.Employers.AsNoTracking().SingleAsync(e => e.Id == id);
    }

    [Fact]
    public async Task Admin_certifies_emp3_with_an_audit_row_and_a_notice_to_its_staff()
    {
        var admin = await app.Data.ActorAsync("admin");
        var emp3 = await app.Data.ActorAsync("emp3");
        var employerId = emp3.EmployerId!.Value;
        var before = await EmployerAsync(employerId);
        Assert.Equal("南方物流有限公司", before.Name);
        Assert.Equal(CertificationState.Pending, before.Certification);

        var result = await Certification.DecideAsync(admin, employerId, certify: true, reason: null, expectedVersion: before.Version);

        Assert.True(result.Ok, result.Error);
        var after = await EmployerAsync(employerId);
        Assert.Equal(CertificationState.Certified, after.Certification);
        Assert.Null(after.CertificationNote);
        Assert.Equal(before.Version + 1, after.Version);

        await using var db = app.NewDb();
        var audit = await db.AuditEvents.AsNoTracking()
            .Where(e => e.RecordType == "Employer" && e.RecordId == employerId.ToString() && e.Action == "Certify").ToListAsync();
        var row = Assert.Single(audit);
        Assert.Equal(admin.UserId, row.ActorUserId);
        Assert.Equal("Admin", row.ActorRole);
        Assert.Equal("Pending", row.FromState);
        Assert.Equal("Certified", row.ToState);

        var notices = await db.Notifications.AsNoTracking().Where(n => n.UserId == emp3.UserId).ToListAsync();
        Assert.Contains(notices, n => n.Title == "单位认证已通过");
        // emp3 sees it through the notification service too, and it is not leaked to another employer.
        var notifications = app.Services.GetRequiredService<NotificationService>();
        Assert.Contains(await notifications.ListAsync(emp3), n => n.Title == "单位认证已通过" && !n.Read);
        Assert.DoesNotContain(await notifications.ListAsync(await app.Data.ActorAsync("emp1")), n => n.Title == "单位认证已通过");

        // emp3's own view of its organisation now says certified.
        Assert.Equal(CertificationState.Certified, (await Certification.GetAsync(emp3, employerId))!.Certification);
    }

    [Fact]
    public async Task Refusing_certification_needs_a_reason_and_records_it()
    {
        var admin = await app.Data.ActorAsync("admin");
        var employerId = await app.Data.CreatePendingEmployerAsync();

        var withoutReason = await Certification.DecideAsync(admin, employerId, certify: false, reason: "   ");

        Assert.False(withoutReason.Ok);
        Assert.Equal("请填写认证不通过的原因", withoutReason.Error);
        Assert.Equal(CertificationState.Pending, (await EmployerAsync(employerId)).Certification);

        var withReason = await Certification.DecideAsync(admin, employerId, certify: false, reason: " 营业执照不清晰 ");

        Assert.True(withReason.Ok, withReason.Error);
        var employer = await EmployerAsync(employerId);
        Assert.Equal(CertificationState.Refused, employer.Certification);
        Assert.Equal("营业执照不清晰", employer.CertificationNote);
        await using var db = app.NewDb();
        var row = await db.AuditEvents.AsNoTracking()
            .SingleAsync(e => e.RecordType == "Employer" && e.RecordId == employerId.ToString() && e.Action == "RefuseCertification");
        Assert.Equal("营业执照不清晰", row.Reason);
    }

    [Theory]
    [InlineData("emp1")]
    [InlineData("school1")]
    [InlineData("dept1")]
    [InlineData("grad2")]
    public async Task Anyone_but_the_admin_gets_not_found_and_changes_nothing(string userName)
    {
        var actor = await app.Data.ActorAsync(userName);
        var employerId = await app.Data.CreatePendingEmployerAsync();
        var auditBefore = await AuditCountAsync(employerId);

        var result = await Certification.DecideAsync(actor, employerId, certify: true, reason: null);

        Assert.False(result.Ok);
        Assert.True(result.NotFound);
        Assert.Equal(OpResult.NotFoundMessage, result.Error);
        Assert.Equal(CertificationState.Pending, (await EmployerAsync(employerId)).Certification);
        Assert.Empty(await Certification.ListAsync(actor));
        await using var db = app.NewDb();
        Assert.Equal(auditBefore, await AuditCountAsync(employerId));
        // SPEC §1: the out-of-scope attempt is logged.
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(actor.UserId));
    }

    [Fact]
    public async Task Deciding_twice_is_refused_and_keeps_the_first_decision()
    {
        var admin = await app.Data.ActorAsync("admin");
        var employerId = await app.Data.CreatePendingEmployerAsync();

        var first = await Certification.DecideAsync(admin, employerId, certify: true, reason: null);
        var second = await Certification.DecideAsync(admin, employerId, certify: false, reason: "重复操作");

        Assert.True(first.Ok, first.Error);
        Assert.False(second.Ok);
        Assert.Equal("该单位已处理,无需重复认证", second.Error);
        Assert.Equal(CertificationState.Certified, (await EmployerAsync(employerId)).Certification);
        await using var db = app.NewDb();
        // Registered, then certified: the refused second decision wrote nothing.
        Assert.Equal(["Register", "Certify"], await db.AuditEvents.Where(e => e.RecordType == "Employer" && e.RecordId == employerId.ToString())
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
    }

    [Fact]
    public async Task A_decision_on_a_stale_version_is_refused()
    {
        var admin = await app.Data.ActorAsync("admin");
        var employerId = await app.Data.CreatePendingEmployerAsync();
        var seen = (await EmployerAsync(employerId)).Version;

        var result = await Certification.DecideAsync(admin, employerId, certify: true, reason: null, expectedVersion: seen + 1);

        Assert.False(result.Ok);
        Assert.Equal(CertificationState.Pending, (await EmployerAsync(employerId)).Certification);
    }

    [Fact]
    public async Task An_unknown_employer_is_not_found()
    {
        var admin = await app.Data.ActorAsync("admin");

        var result = await Certification.DecideAsync(admin, 987_654, certify: true, reason: null);

        Assert.True(result.NotFound);
    }
}
