using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Infrastructure.Mail;

namespace Wq.Blazor.Workflows.Accounts;

/// <summary>Who asks for a binding code: what the roster must match.</summary>
public sealed record BindingRequest(string Name, string IdNumber, string Phone);

/// <summary>
/// Step 1 of 毕业生注册: a 6-digit code to the roster entry's e-mail address, through the mail
/// outbox in the same transaction as the code row. Whether or not an unbound entry matches, the
/// answer is the same, so this cannot be used to test who is on a roster.
/// </summary>
public sealed class BindingCodeService(
    WorkflowRunner runner, OutboxSignal mail, RegistrationThrottle throttle)
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    /// <summary>A new code no sooner than this after the last, so nobody can flood a graduate's mailbox.</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(60);
    public const string MailSubject = "毕业生账号绑定验证码";
    public const string Sent = "如填写的信息与学校生源信息一致,验证码已发送至你在学校登记的邮箱,10分钟内有效。未收到请联系学校就业部门核对邮箱。";

    public async Task<OpResult> SendAsync(BindingRequest form, string? ip = null)
    {
        if (!throttle.TryAcquire(ip)) return OpResult.Fail(RegistrationThrottle.TooMany);
        var (name, idNumber, phone, error) = Clean(form);
        if (error is not null) return OpResult.Fail(error);

        var actor = new ActorContext("", name, Roles.Graduate, Ip: ip);
        var sent = await runner.RunAsync(actor, async scope =>
        {
            var g = await FindUnboundAsync(scope.Db, name, idNumber, phone);
            if (g is null || string.IsNullOrWhiteSpace(g.Email)) return false;
            var live = scope.Db.BindingCodes.Where(c => c.GraduateId == g.Id && c.UsedAt == null);
            if (await live.AnyAsync(c => c.CreatedAt > scope.Now - ResendAfter)) return false;
            // One live code per entry: a new one retires the old, so tries cannot be spread over many codes.
            await live.ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, scope.Now));
            var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
            var salt = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            scope.Db.BindingCodes.Add(new BindingCode
            {
                GraduateId = g.Id, Salt = salt, CodeHash = Hash(salt, code), CreatedAt = scope.Now, ExpiresAt = scope.Now + Lifetime,
            });
            scope.Db.OutboxMails.Add(new OutboxMail
            {
                ToAddress = g.Email.Trim(), Subject = MailSubject, CreatedAt = scope.Now, NextAttemptAt = scope.Now,
                Body = $"{g.Name}同学:你正在注册毕业生账号并绑定生源信息,验证码为 {code},10分钟内有效。如非本人操作,请勿将验证码告诉他人,并联系学校就业部门。",
            });
            scope.Audit(g.Ref, AuditAction.SendBindingCode);
            return true;
        });
        if (sent.Ok && sent.Value) mail.Wake();
        return sent.Ok ? OpResult.Success : OpResult.Fail(sent.Error ?? WorkflowRunner.UnexpectedMessage);
    }

    /// <summary>
    /// Counts one try against the entry's live code and compares it. The try is committed before
    /// the comparison, so a wrong code always uses one of the <see cref="MaxAttempts"/> tries, even
    /// if the registration is refused afterwards. Returns the code's id when it matches.
    /// </summary>
    internal async Task<long?> CheckAsync(ActorContext actor, int graduateId, string code)
    {
        var counted = await runner.RunAsync<BindingCode?>(actor, async scope =>
        {
            var live = await scope.Db.BindingCodes
                .Where(c => c.GraduateId == graduateId && c.UsedAt == null && c.ExpiresAt > scope.Now && c.Attempts < MaxAttempts)
                .OrderByDescending(c => c.Id).FirstOrDefaultAsync();
            if (live is null) return null;
            live.Attempts++;
            return live;
        });
        if (counted.Value is not { } row) return null;
        var expected = Convert.FromHexString(row.CodeHash);
        var given = Convert.FromHexString(Hash(row.Salt, code.Trim()));
        return CryptographicOperations.FixedTimeEquals(expected, given) ? row.Id : null;
    }

    internal static Task<Graduate?> FindUnboundAsync(WqDbContext db, string name, string idNumber, string phone) =>
        db.Graduates.Where(g => g.IdNumber == idNumber && g.Name == name && g.Phone == phone && g.UserId == null)
            .OrderByDescending(g => g.GraduationYear).FirstOrDefaultAsync();

    internal static (string Name, string IdNumber, string Phone, string? Error) Clean(BindingRequest form)
    {
        var name = TextInput.CleanLine(form.Name);
        var idNumber = ResidentIdNumber.Normalize(form.IdNumber ?? "");
        var phone = (form.Phone ?? "").Trim();
        string? error = string.IsNullOrEmpty(name) ? "请输入姓名"
            : TextInput.TooLong(name, 50, "姓名") ?? ResidentIdNumber.Validate(idNumber) ?? MobilePhone.Validate(phone);
        return (name, idNumber, phone, error);
    }

    private static string Hash(string salt, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + code)));
}
