using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Workflows.Accounts;

public sealed record EmployerSummary(
    int Id, string Name, string CreditCode, string ContactPerson, string ContactPhone, string Email,
    string NatureCode, string IndustryCode, string RegionCode, string Address,
    CertificationState Certification, string? Note, DateTimeOffset RegisteredAt, long? LicenseAttachmentId, int Version);

/// <summary>单位认证 by the platform admin (SPEC §1): 待认证 → 已认证 / 认证不通过 with a reason.</summary>
public sealed class CertificationService(IDbContextFactory<WqDbContext> dbFactory, WorkflowRunner runner)
{
    public async Task<IReadOnlyList<EmployerSummary>> ListAsync(ActorContext actor, CertificationState? filter = null)
    {
        if (!actor.IsAdmin) return [];
        await using var db = await dbFactory.CreateDbContextAsync();
        var query = db.Employers.AsNoTracking();
        if (filter is not null) query = query.Where(e => e.Certification == filter);
        return await query.OrderBy(e => e.Certification).ThenByDescending(e => e.RegisteredAt).Select(Project).ToListAsync();
    }

    /// <summary>The employer's own organisation, or any for the admin.</summary>
    public async Task<EmployerSummary?> GetAsync(ActorContext actor, int employerId)
    {
        if (!actor.IsAdmin && actor.EmployerId != employerId) return null;
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Employers.AsNoTracking().Where(e => e.Id == employerId).Select(Project).FirstOrDefaultAsync();
    }

    public Task<OpResult<bool>> DecideAsync(ActorContext actor, int employerId, bool certify, string? reason, int? expectedVersion = null) =>
        runner.RunAsync(actor, async scope =>
        {
            var reference = new RecordRef(RecordKind.Employer, employerId);
            if (!actor.IsAdmin) throw WorkflowRefusal.Missing(reference);
            if (!certify && string.IsNullOrWhiteSpace(reason)) throw new WorkflowRefusal("请填写认证不通过的原因");
            var employer = await scope.Db.Employers.FirstOrDefaultAsync(e => e.Id == employerId) ?? throw WorkflowRefusal.Missing(reference);
            if (expectedVersion is { } v && v != employer.Version) throw new WorkflowRefusal("该单位信息已变化,请刷新后重试");
            if (employer.Certification != CertificationState.Pending) throw new WorkflowRefusal("该单位已处理,无需重复认证");
            await scope.MoveAsync(employer, CertificationWorkflow.Table, certify ? CertificationTrigger.Certify : CertificationTrigger.Refuse,
                Actor.Admin, null, reason?.Trim());
            employer.CertificationNote = certify ? null : reason!.Trim();
            var staff = await scope.Db.Users.Where(u => u.EmployerId == employer.Id).Select(u => u.Id).ToListAsync();
            scope.Notify(staff, Roles.Employer, certify ? "单位认证已通过" : "单位认证未通过",
                certify ? "你的单位已通过认证,现在可以向毕业生发起签约邀请。" : $"认证不通过原因:{reason!.Trim()}", reference);
            scope.Publish(reference, LiveUpdateBus.EmployerTopic(employer.Id));
        });

    /// <summary>
    /// After 认证不通过 the employer corrects its details and licence elsewhere, then resubmits:
    /// back to 待认证 for the platform admin.
    /// </summary>
    public Task<OpResult<bool>> ResubmitAsync(ActorContext actor, int? expectedVersion = null) =>
        runner.RunAsync(actor, async scope =>
        {
            if (!actor.IsEmployer) throw WorkflowRefusal.Missing();
            var employer = await scope.Db.Employers.FirstAsync(e => e.Id == actor.EmployerId);
            await scope.MoveAsync(employer, CertificationWorkflow.Table, CertificationTrigger.Resubmit, Actor.Employer, null,
                expectedVersion: expectedVersion);
            var admins = await (from u in scope.Db.Users
                                join ur in scope.Db.UserRoles on u.Id equals ur.UserId
                                join r in scope.Db.Roles on ur.RoleId equals r.Id
                                where r.Name == Roles.Admin
                                select u.Id).ToListAsync();
            scope.Notify(admins, Roles.Admin, "单位重新提交认证", $"{employer.Name}已重新提交单位认证,请审核。", employer.Ref);
            scope.Publish(employer.Ref, LiveUpdateBus.EmployerTopic(employer.Id));
        });

    private static readonly System.Linq.Expressions.Expression<Func<Employer, EmployerSummary>> Project = e =>
        new EmployerSummary(e.Id, e.Name, e.CreditCode, e.ContactPerson, e.ContactPhone, e.Email, e.NatureCode,
            e.IndustryCode, e.RegionCode, e.Address, e.Certification, e.CertificationNote, e.RegisteredAt,
            e.LicenseAttachmentId, e.Version);
}
