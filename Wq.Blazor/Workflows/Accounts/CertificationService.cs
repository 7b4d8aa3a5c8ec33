using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Model;
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
            if (!actor.IsAdmin) throw WorkflowRefusal.Missing();
            if (!certify && string.IsNullOrWhiteSpace(reason)) throw new WorkflowRefusal("请填写认证不通过的原因");
            var employer = await scope.Db.Employers.FirstOrDefaultAsync(e => e.Id == employerId) ?? throw WorkflowRefusal.Missing();
            if (expectedVersion is { } v && v != employer.Version) throw new WorkflowRefusal("该单位信息已变化,请刷新后重试");
            if (employer.Certification != CertificationState.Pending) throw new WorkflowRefusal("该单位已处理,无需重复认证");
            var to = certify ? CertificationState.Certified : CertificationState.Refused;
            scope.Audit("Employer", employer.Id.ToString(), certify ? "Certify" : "RefuseCertification",
                employer.Certification.ToString(), to.ToString(), reason?.Trim());
            employer.Certification = to;
            employer.CertificationNote = certify ? null : reason!.Trim();
            employer.Version++;
            var staff = await scope.Db.Users.Where(u => u.EmployerId == employer.Id).Select(u => u.Id).ToListAsync();
            scope.Notify(staff, certify ? "单位认证已通过" : "单位认证未通过",
                certify ? "你的单位已通过认证,现在可以向毕业生发起签约邀请。" : $"认证不通过原因:{reason!.Trim()}", "/employer");
            scope.Publish("Employer", employer.Id, LiveUpdateBus.EmployerTopic(employer.Id));
        });

    private static readonly System.Linq.Expressions.Expression<Func<Employer, EmployerSummary>> Project = e =>
        new EmployerSummary(e.Id, e.Name, e.CreditCode, e.ContactPerson, e.ContactPhone, e.Email, e.NatureCode,
            e.IndustryCode, e.RegionCode, e.Address, e.Certification, e.CertificationNote, e.RegisteredAt,
            e.LicenseAttachmentId, e.Version);
}
