using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Workflows.Accounts;

namespace Wq.Blazor.Tests.Workflows.Accounts;

/// <summary>Issue 11 item 8: the roster phone and a mailed one-time code are needed to bind; the school can unbind.</summary>
[Collection(WorkflowsCollection.Name)]
public class AccountBindingTests(AppFixture app)
{
    private BindingCodeService Codes => app.Services.GetRequiredService<BindingCodeService>();

    private Task<OpResult> RegisterAsync(GraduateRegistration form) =>
        app.InScopeAsync(sp => sp.GetRequiredService<GraduateRegistrationService>().RegisterAsync(form));

    private async Task<int> BindingMailsToAsync(string address)
    {
        await using var db = app.NewDb();
        return await db.OutboxMails.CountAsync(m => m.ToAddress == address && m.Subject == BindingCodeService.MailSubject);
    }

    [Fact]
    public async Task The_code_goes_to_the_roster_address_through_the_outbox_and_only_its_hash_is_stored()
    {
        var entry = await app.Data.FreshRosterEntryAsync();

        var code = await app.Data.BindingCodeAsync(entry);

        Assert.Matches("^[0-9]{6}$", code);
        await using var db = app.NewDb();
        var mail = await db.OutboxMails.Where(m => m.ToAddress == entry.Email).SingleAsync();
        var row = await db.BindingCodes.SingleAsync(c => c.GraduateId == entry.GraduateId);
        Assert.DoesNotContain(code, row.CodeHash + row.Salt);
        Assert.Equal(BindingCodeService.Lifetime, row.ExpiresAt - row.CreatedAt);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.RecordType == "Graduate" && e.RecordId == entry.GraduateId.ToString() && e.Action == "SendBindingCode"));
    }

    [Fact]
    public async Task Name_and_id_number_with_another_phone_get_the_same_answer_but_no_mail_and_cannot_bind()
    {
        var entry = await app.Data.FreshRosterEntryAsync();
        var otherPhone = entry.Phone == "13900000000" ? "13900000001" : "13900000000";

        var sent = await Codes.SendAsync(new BindingRequest(entry.Name, entry.IdNumber, otherPhone));
        var register = await RegisterAsync(new GraduateRegistration(entry.Name, entry.IdNumber, otherPhone, $"t-phone-{TestData.Next()}", TestData.StrongPassword, "000000"));

        Assert.True(sent.Ok, "the answer must not tell whether the roster matched");
        Assert.Equal(0, await BindingMailsToAsync(entry.Email!));
        Assert.Equal(GraduateRegistrationService.NotVerified, register.Error);
    }

    [Fact]
    public async Task Without_the_code_the_right_name_id_and_phone_do_not_bind()
    {
        var entry = await app.Data.FreshRosterEntryAsync();
        var code = await app.Data.BindingCodeAsync(entry);
        var wrong = code == "999999" ? "999998" : "999999";

        var result = await RegisterAsync(new GraduateRegistration(entry.Name, entry.IdNumber, entry.Phone, $"t-nocode-{TestData.Next()}", TestData.StrongPassword, wrong));

        Assert.Equal(GraduateRegistrationService.NotVerified, result.Error);
        await using var db = app.NewDb();
        Assert.Null(await db.Graduates.Where(g => g.Id == entry.GraduateId).Select(g => g.UserId).SingleAsync());
    }

    [Fact]
    public async Task After_five_wrong_tries_even_the_right_code_is_refused()
    {
        var entry = await app.Data.FreshRosterEntryAsync();
        var code = await app.Data.BindingCodeAsync(entry);
        var wrong = code == "111111" ? "222222" : "111111";
        var userName = $"t-tries-{TestData.Next()}";

        for (var i = 0; i < BindingCodeService.MaxAttempts; i++)
            Assert.False((await RegisterAsync(new GraduateRegistration(entry.Name, entry.IdNumber, entry.Phone, userName, TestData.StrongPassword, wrong))).Ok);
        var right = await RegisterAsync(new GraduateRegistration(entry.Name, entry.IdNumber, entry.Phone, userName, TestData.StrongPassword, code));

        Assert.Equal(GraduateRegistrationService.NotVerified, right.Error);
    }

    [Fact]
    public async Task An_expired_code_is_refused_and_a_used_code_cannot_bind_twice()
    {
        var stale = await app.Data.FreshRosterEntryAsync();
        var staleCode = await app.Data.BindingCodeAsync(stale);
        await using (var db = app.NewDb())
            await db.BindingCodes.Where(c => c.GraduateId == stale.GraduateId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1)));

        var expired = await RegisterAsync(new GraduateRegistration(stale.Name, stale.IdNumber, stale.Phone, $"t-exp-{TestData.Next()}", TestData.StrongPassword, staleCode));

        Assert.Equal(GraduateRegistrationService.NotVerified, expired.Error);
        var entry = await app.Data.FreshRosterEntryAsync();
        var form = await app.Data.RegistrationFormAsync(entry, $"t-once-{TestData.Next()}");
        Assert.True((await RegisterAsync(form)).Ok);
        Assert.False((await RegisterAsync(form with { UserName = $"t-twice-{TestData.Next()}" })).Ok);
    }

    [Fact]
    public async Task A_school_reviewer_unbinds_with_an_audited_reason_the_old_account_is_locked_and_the_graduate_registers_again()
    {
        var graduate = await app.Data.RegisterGraduateAsync();
        var school1 = await app.Data.ActorAsync("school1");
        var dept1 = await app.Data.ActorAsync("dept1");
        var binding = app.Services.GetRequiredService<AccountBindingService>();
        await using (var db = app.NewDb())
        {
            var studentNo = await db.Graduates.Where(g => g.Id == graduate.Entry.GraduateId).Select(g => g.StudentNo).SingleAsync();
            Assert.False((await binding.UnbindAsync(dept1, studentNo, "冒用")).Ok, "only the school's reviewers may unbind");
            Assert.False((await binding.UnbindAsync(school1, studentNo, " ")).Ok, "a reason is required");

            var result = await binding.UnbindAsync(school1, studentNo, "本人反映账号被他人冒名注册");

            Assert.True(result.Ok, result.Error);
        }
        await using (var db = app.NewDb())
        {
            Assert.Null(await db.Graduates.Where(g => g.Id == graduate.Entry.GraduateId).Select(g => g.UserId).SingleAsync());
            var old = await db.Users.AsNoTracking().SingleAsync(u => u.Id == graduate.Actor.UserId);
            Assert.Null(old.GraduateId);
            Assert.True(old.LockoutEnd > DateTimeOffset.UtcNow.AddYears(100));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.RecordType == "Graduate" && e.RecordId == graduate.Entry.GraduateId.ToString()
                && e.Action == "UnbindAccount" && e.Reason == "本人反映账号被他人冒名注册" && e.ActorUserId == school1.UserId));
        }
        var again = await RegisterAsync(await app.Data.RegistrationFormAsync(graduate.Entry, $"t-rebind-{TestData.Next()}"));
        Assert.True(again.Ok, again.Error);
    }
}
