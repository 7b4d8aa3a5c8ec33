using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Tests.Workflows;
using Wq.Blazor.Workflows.Accounts;

namespace Wq.Blazor.Tests.Hosting;

[Collection(FaultyCollection.Name)]
public class RegistrationHardeningTests(FaultyAppFixture app)
{
    /// <summary>A valid 身份证号 (correct check character) that is on no roster.</summary>
    private static readonly string UnknownId = "11010519990101123" + Wq.Blazor.Domain.Validation.ResidentIdNumber.ComputeCheckChar("11010519990101123");

    private Task<OpResult> RegisterGraduateAsync(GraduateRegistration form, string? ip = null) =>
        app.InScopeAsync(sp => sp.GetRequiredService<GraduateRegistrationService>().RegisterAsync(form, ip));

    private Task<OpResult> RegisterEmployerAsync(EmployerRegistration form, string fileName, string? ip = null) =>
        app.InScopeAsync(sp => sp.GetRequiredService<EmployerRegistrationService>()
            .RegisterAsync(form, new MemoryStream(TestData.PdfBytes("licence")), fileName, ip));

    [Fact]
    public async Task A_crash_while_binding_the_roster_entry_leaves_no_account_and_the_user_name_stays_free()
    {
        var entry = await app.Data.FreshRosterEntryAsync();
        var userName = $"t-atomic-{TestData.Next()}";
        var form = await app.Data.RegistrationFormAsync(entry, userName);
        app.Armed[entry.Name] = true;

        // The runner turns the crash into a message; nothing of the registration remains.
        var crashed = await RegisterGraduateAsync(form);
        Assert.False(crashed.Ok);
        Assert.Equal(WorkflowRunner.UnexpectedMessage, crashed.Error);

        app.Armed.TryRemove(entry.Name, out _);
        await using (var db = app.NewDb())
        {
            Assert.False(await db.Users.AnyAsync(u => u.UserName == userName), "a half-registered account remained");
            Assert.Null(await db.Graduates.Where(g => g.Id == entry.GraduateId).Select(g => g.UserId).SingleAsync());
        }
        var retry = await RegisterGraduateAsync(form);
        Assert.True(retry.Ok, retry.Error);
    }

    [Fact]
    public async Task A_crash_after_the_licence_is_stored_leaves_no_account_no_employer_and_no_file()
    {
        var code = TestData.NewCreditCode();
        var userName = $"t-atomic-emp-{TestData.Next()}";
        var fileName = $"crash-{TestData.Next()}.pdf";
        var filesBefore = app.StoredFiles();
        app.Armed[fileName] = true;

        var crashed = await RegisterEmployerAsync(TestData.EmployerForm(code, userName), fileName);
        Assert.False(crashed.Ok);
        Assert.Equal(WorkflowRunner.UnexpectedMessage, crashed.Error);

        app.Armed.TryRemove(fileName, out _);
        await using var db = app.NewDb();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == userName));
        Assert.False(await db.Employers.AnyAsync(e => e.CreditCode == code));
        Assert.Equal(filesBefore, app.StoredFiles());
    }

    [Fact]
    public async Task No_roster_entry_and_an_already_bound_entry_get_the_same_message()
    {
        var bound = await app.Data.RegisterGraduateAsync();

        var taken = await RegisterGraduateAsync(new GraduateRegistration(bound.Entry.Name, bound.Entry.IdNumber, bound.Entry.Phone, $"t-msg-{TestData.Next()}", TestData.StrongPassword, "123456"));
        var missing = await RegisterGraduateAsync(new GraduateRegistration("赵无名", UnknownId, "13912345678", $"t-msg-{TestData.Next()}", TestData.StrongPassword, "123456"));

        Assert.False(taken.Ok);
        Assert.False(missing.Ok);
        Assert.Equal(taken.Error, missing.Error);
        Assert.Equal(GraduateRegistrationService.NotVerified, missing.Error);
    }

    [Fact]
    public async Task Registration_is_throttled_per_client_address()
    {
        var results = new List<OpResult>();
        for (var i = 0; i < 11; i++)
            results.Add(await RegisterGraduateAsync(new GraduateRegistration("赵无名", UnknownId, "13912345678", $"t-thr-{TestData.Next()}", TestData.StrongPassword, "123456"), "198.51.100.50"));

        Assert.All(results.Take(10), r => Assert.NotEqual(RegistrationThrottle.TooMany, r.Error));
        Assert.Equal(RegistrationThrottle.TooMany, results[10].Error);
        var other = await RegisterGraduateAsync(new GraduateRegistration("赵无名", UnknownId, "13912345678", $"t-thr-{TestData.Next()}", TestData.StrongPassword, "123456"), "198.51.100.51");
        Assert.NotEqual(RegistrationThrottle.TooMany, other.Error);
    }

    [Fact]
    public async Task Employer_names_lose_control_and_bidi_characters_and_an_overlong_address_gets_a_field_message()
    {
        var code = TestData.NewCreditCode();
        var form = TestData.EmployerForm(code, $"t-clean-{TestData.Next()}", "星辰\u202E科技\u0007有限公司\u2066");

        var ok = await RegisterEmployerAsync(form, "licence.pdf");
        var tooLong = await RegisterEmployerAsync(TestData.EmployerForm(TestData.NewCreditCode(), $"t-long-{TestData.Next()}") with
        {
            Address = new string('路', 5000),
        }, "licence.pdf");

        Assert.True(ok.Ok, ok.Error);
        await using var db = app.NewDb();
        Assert.Equal("星辰科技有限公司", await db.Employers.Where(e => e.CreditCode == code).Select(e => e.Name).SingleAsync());
        Assert.False(tooLong.Ok);
        Assert.Equal("详细地址不能超过200字", tooLong.Error);
    }
}
