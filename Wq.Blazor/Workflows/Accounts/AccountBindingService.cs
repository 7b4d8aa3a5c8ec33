using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Infrastructure.Live;

namespace Wq.Blazor.Workflows.Accounts;

/// <summary>
/// 解除账号绑定: when an account was bound to the wrong roster entry (a takeover, or a mistake),
/// a school reviewer frees the entry so its graduate can register again. The old account is locked
/// and its security stamp changed, so its open sessions end at the next revalidation; its records
/// stay with the roster entry, which is what they belong to.
/// </summary>
public sealed class AccountBindingService(WorkflowRunner runner)
{
    public Task<OpResult<bool>> UnbindAsync(ActorContext actor, string studentNo, string reason) => runner.RunAsync(actor, async scope =>
    {
        if (!actor.IsSchoolReviewer) throw WorkflowRefusal.Missing();
        var text = reason?.Trim() ?? "";
        if (text.Length == 0) throw new WorkflowRefusal("请填写解除绑定的原因");
        if (text.Length > 500) throw new WorkflowRefusal("原因不能超过500字");
        var number = studentNo?.Trim() ?? "";
        var graduate = await scope.Db.Graduates
            .Where(g => g.SchoolId == actor.SchoolId && g.StudentNo == number)
            .OrderByDescending(g => g.GraduationYear).FirstOrDefaultAsync()
            ?? throw new WorkflowRefusal("本校生源信息中没有该学号");
        if (graduate.UserId is not { } userId) throw new WorkflowRefusal("该毕业生尚未绑定账号");

        var user = await scope.Db.Users.FirstAsync(u => u.Id == userId);
        user.GraduateId = null;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        graduate.UserId = null;
        scope.Touch(graduate, AuditAction.UnbindAccount, "Registered", "Unbound", text);
        scope.Audit(RecordKind.User, userId, AuditAction.UnbindAccount, "Active", "Locked", text);
        scope.Publish(graduate.Ref, LiveUpdateBus.GraduateTopic(graduate.Id));
    });
}
