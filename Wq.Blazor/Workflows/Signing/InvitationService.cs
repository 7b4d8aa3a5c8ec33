using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Workflows.Signing;

/// <summary>The employer's side of 线上签约 (guide §3.1): find a graduate, invite, withdraw.</summary>
public sealed class InvitationService(IDbContextFactory<WqDbContext> dbFactory, WorkflowRunner runner, EmployerThrottle throttle)
{
    public const string AlreadyInvited = "你已向该毕业生发出签约邀请,对方应约前不能重复邀请";

    public async Task<OpResult<IReadOnlyList<GraduateMatch>>> FindGraduateAsync(ActorContext actor, GraduateQuery q)
    {
        if (!actor.IsEmployer) return OpResult<IReadOnlyList<GraduateMatch>>.Missing();
        if (throttle.Search(actor) is { } tooMany) return OpResult<IReadOnlyList<GraduateMatch>>.Fail(tooMany);
        await using var db = await dbFactory.CreateDbContextAsync();
        var query = db.Graduates.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.IdNumber) || !string.IsNullOrWhiteSpace(q.Name))
        {
            if (string.IsNullOrWhiteSpace(q.Name)) return OpResult<IReadOnlyList<GraduateMatch>>.Fail("请输入毕业生姓名");
            var id = ResidentIdNumber.Normalize(q.IdNumber ?? "");
            if (ResidentIdNumber.Validate(id) is { } err) return OpResult<IReadOnlyList<GraduateMatch>>.Fail(err);
            query = query.Where(g => g.Name == q.Name.Trim() && g.IdNumber == id);
        }
        else if (!string.IsNullOrWhiteSpace(q.SchoolCode) && !string.IsNullOrWhiteSpace(q.StudentNo))
        {
            query = query.Where(g => g.School!.Code == q.SchoolCode.Trim() && g.StudentNo == q.StudentNo.Trim());
        }
        else return OpResult<IReadOnlyList<GraduateMatch>>.Fail("请输入姓名和身份证号,或学校代码和学号");

        var rows = await query.OrderByDescending(g => g.GraduationYear).Take(5)
            .Select(g => new { g.Id, g.Name, School = g.School!.Name, Dept = g.Department!.Name, g.Major, g.Level, g.GraduationYear })
            .ToListAsync();
        if (rows.Count == 0) return OpResult<IReadOnlyList<GraduateMatch>>.Fail("未找到该毕业生,请核对信息");
        var ids = rows.Select(r => r.Id).ToList();
        var open = await db.Agreements.Where(a => a.EmployerId == actor.EmployerId && ids.Contains(a.GraduateId) && a.State == AgreementState.Invited)
            .Select(a => a.GraduateId).ToListAsync();
        return OpResult<IReadOnlyList<GraduateMatch>>.Of(rows.Select(r => new GraduateMatch(r.Id, Masking.MaskName(r.Name)!, r.School, r.Dept,
            r.Major, r.Level.Label(), r.GraduationYear, open.Contains(r.Id))).ToList());
    }

    public Task<OpResult<long>> InviteAsync(ActorContext actor, int graduateId, TermsInput terms) =>
        actor.IsEmployer && throttle.Invite(actor) is { } tooMany ? Task.FromResult(OpResult<long>.Fail(tooMany)) : runner.RunAsync(actor, async scope =>
        {
            if (!actor.IsEmployer) throw WorkflowRefusal.Missing();
            var employer = await scope.Db.Employers.FirstOrDefaultAsync(e => e.Id == actor.EmployerId) ?? throw WorkflowRefusal.Missing();
            if (employer.Certification != CertificationState.Certified)
                throw new WorkflowRefusal("单位尚未通过认证,暂不能发起签约邀请");
            if (terms.Validate() is { } problem) throw new WorkflowRefusal(problem);
            var graduate = await scope.Db.Graduates.FirstOrDefaultAsync(g => g.Id == graduateId) ?? throw WorkflowRefusal.Missing();
            if (await scope.Db.Agreements.AnyAsync(a => a.EmployerId == employer.Id && a.GraduateId == graduateId && a.State == AgreementState.Invited))
                throw new WorkflowRefusal(AlreadyInvited);

            var agreement = new Agreement
            {
                Channel = AgreementChannel.Online, GraduateId = graduate.Id,
                SchoolId = graduate.SchoolId, DepartmentId = graduate.DepartmentId, EmployerId = employer.Id,
                InvitedByUserId = actor.UserId, EmployerInfo = Snapshot(employer), Terms = terms.ToTerms(),
                ResponseDays = terms.ResponseDays, CreatedAt = scope.Now, ExpiresAt = scope.Now.AddDays(terms.ResponseDays),
            };
            var mode = await AgreementAccess.ModeAsync(scope, graduate.SchoolId);
            await scope.StartAsync(agreement, OnlineSigningWorkflow.Table, AgreementTrigger.Invite, Actor.Employer, mode,
                $"应约有效期{terms.ResponseDays}天");
            scope.Notify([graduate.UserId], Roles.Graduate, "新的签约邀请",
                $"{employer.Name}向你发起了签约邀请(岗位:{agreement.Terms.PositionTitle}),请在{ChinaTime.Format(agreement.ExpiresAt)}前回应。", agreement.Ref);
            AgreementNotifier.Publish(scope, agreement);
            return agreement.Id;
        }, AlreadyInvited);

    public Task<OpResult<bool>> WithdrawAsync(ActorContext actor, long agreementId, int? version = null) =>
        runner.RunAsync(actor, async scope =>
        {
            var (agreement, mode) = await AgreementAccess.LoadAsync(scope, agreementId, a => a.IsEmployer);
            // Past the deadline the invitation is already void: it ends 已过期, not 已撤回.
            ResponseService.EnsureOpen(scope, agreement);
            await scope.MoveAsync(agreement, OnlineSigningWorkflow.Table, AgreementTrigger.Withdraw, Actor.Employer, mode, expectedVersion: version);
            await AgreementNotifier.NotifyGraduateAsync(scope, agreement, "签约邀请已撤回", $"{agreement.EmployerInfo.Name}撤回了签约邀请。");
            AgreementNotifier.Publish(scope, agreement);
        });

    internal static EmployerSnapshot Snapshot(Employer e) => new()
    {
        Name = e.Name, CreditCode = e.CreditCode, NatureCode = e.NatureCode, IndustryCode = e.IndustryCode,
        RegionCode = e.RegionCode, Address = e.Address, ContactPerson = e.ContactPerson, ContactPhone = e.ContactPhone,
    };
}
