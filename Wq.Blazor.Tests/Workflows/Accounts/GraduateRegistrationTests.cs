using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Workflows.Accounts;

namespace Wq.Blazor.Tests.Workflows.Accounts;

[Collection(WorkflowsCollection.Name)]
public class GraduateRegistrationTests(AppFixture app)
{
    private TestData Data => app.Data;

    private Task<OpResult> RegisterAsync(GraduateRegistration form) =>
        app.InScopeAsync(sp => sp.GetRequiredService<GraduateRegistrationService>().RegisterAsync(form, "127.0.0.1"));

    /// <summary>A step-2 form with the code mailed for <paramref name="entry"/> (read from the outbox row).</summary>
    private async Task<GraduateRegistration> FormAsync(RosterEntry entry, string userName, string? idNumber = null, string password = TestData.StrongPassword) =>
        await Data.RegistrationFormAsync(entry, userName, password) with { IdNumber = idNumber ?? entry.IdNumber };

    private async Task<bool> UserExistsAsync(string userName)
    {
        await using var db = app.NewDb();
        return await db.Users.AnyAsync(u => u.UserName == userName);
    }

    private async Task<string?> BoundUserIdAsync(int graduateId)
    {
        await using var db = app.NewDb();
        return await db.Graduates.Where(g => g.Id == graduateId).Select(g => g.UserId).SingleAsync();
    }

    [Fact]
    public async Task Registration_binds_the_roster_entry_and_the_new_account_can_sign_in()
    {
        var entry = await Data.FreshRosterEntryAsync();
        var userName = $"t-reg-{TestData.Next()}";

        var result = await RegisterAsync(await FormAsync(entry, userName));

        Assert.True(result.Ok, result.Error);
        await using (var db = app.NewDb())
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
            Assert.Equal(entry.GraduateId, user.GraduateId);
            Assert.Equal(entry.SchoolId, user.SchoolId);
            Assert.Equal(entry.DepartmentId, user.DepartmentId);
            Assert.Equal(entry.Name, user.DisplayName);
            Assert.Equal(user.Id, await BoundUserIdAsync(entry.GraduateId));
            Assert.True(await db.AuditEvents.AnyAsync(e =>
                e.RecordType == "Graduate" && e.RecordId == entry.GraduateId.ToString() && e.Action == "Register" && e.ActorUserId == user.Id));
        }
        var actor = await Data.ActorAsync(userName);
        Assert.Equal(Roles.Graduate, actor.Role);
        Assert.True(actor.IsGraduate);

        var signIn = await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var signInManager = sp.GetRequiredService<SignInManager<ApplicationUser>>();
            var user = await users.FindByNameAsync(userName);
            Assert.NotNull(user);
            return (Right: await signInManager.CheckPasswordSignInAsync(user, TestData.StrongPassword, lockoutOnFailure: false),
                    Wrong: await signInManager.CheckPasswordSignInAsync(user, TestData.StrongPassword + "x", lockoutOnFailure: false));
        });
        Assert.True(signIn.Right.Succeeded);
        Assert.False(signIn.Wrong.Succeeded);
    }

    [Fact]
    public async Task Registration_without_a_matching_roster_entry_is_refused_with_the_guide_message_and_creates_no_user()
    {
        // A valid 身份证号 (correct check digit) that is on no roster.
        const string first17 = "11010519990101123";
        var idNumber = first17 + ResidentIdNumber.ComputeCheckChar(first17);
        var userName = $"t-noroster-{TestData.Next()}";

        var result = await RegisterAsync(new GraduateRegistration("赵无名", idNumber, "13912345678", userName, TestData.StrongPassword, "123456"));

        Assert.False(result.Ok);
        // One message for "not on the roster" and "already registered" (issue 11): it must not reveal roster entries.
        Assert.Equal(GraduateRegistrationService.NotVerified, result.Error);
        Assert.Contains("联系学校就业部门", result.Error);
        Assert.False(await UserExistsAsync(userName));
    }

    [Fact]
    public async Task Registration_with_the_right_number_but_another_name_finds_no_roster_entry()
    {
        var entry = await Data.FreshRosterEntryAsync();
        var userName = $"t-wrongname-{TestData.Next()}";

        var result = await RegisterAsync((await FormAsync(entry, userName)) with { Name = entry.Name + "某" });

        Assert.Equal(GraduateRegistrationService.NoRosterEntry, result.Error);
        Assert.False(await UserExistsAsync(userName));
        Assert.Null(await BoundUserIdAsync(entry.GraduateId));
    }

    [Fact]
    public async Task Registering_an_already_registered_roster_entry_is_refused()
    {
        // grad2 (李四) registered in the demo data.
        var grad2 = await Data.ActorAsync("grad2");
        await using var db = app.NewDb();
        var li = await db.Graduates.AsNoTracking().SingleAsync(g => g.Id == grad2.GraduateId);
        var userName = $"t-again-{TestData.Next()}";

        var result = await RegisterAsync(new GraduateRegistration(li.Name, li.IdNumber, li.Phone, userName, TestData.StrongPassword, "123456"));

        Assert.False(result.Ok);
        Assert.Equal(GraduateRegistrationService.AlreadyRegistered, result.Error);
        Assert.False(await UserExistsAsync(userName));
        Assert.Equal(grad2.UserId, await BoundUserIdAsync(li.Id));
    }

    [Fact]
    public async Task A_wrong_check_digit_is_refused_in_Chinese_and_nothing_is_created()
    {
        var entry = await Data.FreshRosterEntryAsync();
        var last = entry.IdNumber[^1];
        var wrong = entry.IdNumber[..17] + (last == '1' ? '2' : '1');
        var userName = $"t-badid-{TestData.Next()}";

        var result = await RegisterAsync(await FormAsync(entry, userName, idNumber: wrong));

        Assert.False(result.Ok);
        Assert.Equal("身份证号校验位不正确", result.Error);
        Assert.False(await UserExistsAsync(userName));
        Assert.Null(await BoundUserIdAsync(entry.GraduateId));
    }

    [Fact]
    public async Task A_short_password_gets_one_message_not_the_same_one_twice()
    {
        var entry = await Data.FreshRosterEntryAsync();
        var userName = $"t-short-{TestData.Next()}";

        var result = await RegisterAsync(await FormAsync(entry, userName, password: "Short-1"));

        Assert.False(result.Ok);
        Assert.Equal("密码至少12位", result.Error);
        Assert.False(await UserExistsAsync(userName));
    }

    [Theory]
    [InlineData("Short-1", "密码至少12位")]
    [InlineData("password1234", "密码过于常见")]
    [InlineData("123456789012", "连续")]
    public async Task A_short_or_common_password_is_refused_and_nothing_is_created(string password, string expectedMessagePart)
    {
        var entry = await Data.FreshRosterEntryAsync();
        var userName = $"t-weak-{TestData.Next()}";

        var result = await RegisterAsync(await FormAsync(entry, userName, password: password));

        Assert.False(result.Ok);
        Assert.Contains(expectedMessagePart, result.Error);
        Assert.False(await UserExistsAsync(userName));
        Assert.Null(await BoundUserIdAsync(entry.GraduateId));
    }

    [Fact]
    public async Task Two_registrations_racing_for_one_roster_entry_leave_exactly_one_account()
    {
        var entry = await Data.FreshRosterEntryAsync();
        string[] userNames = [$"t-race-a-{TestData.Next()}", $"t-race-b-{TestData.Next()}"];
        var code = await Data.BindingCodeAsync(entry);
        using var barrier = new Barrier(userNames.Length);

        var results = await Task.WhenAll(userNames.Select(userName => Task.Factory.StartNew(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<GraduateRegistrationService>();
            barrier.SignalAndWait(TimeSpan.FromSeconds(30));
            return await service.RegisterAsync(new GraduateRegistration(entry.Name, entry.IdNumber, entry.Phone, userName, TestData.StrongPassword, code));
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()));

        Assert.Single(results, r => r.Ok);
        var loser = Assert.Single(results, r => !r.Ok);
        Assert.Equal(GraduateRegistrationService.AlreadyRegistered, loser.Error);

        await using var db = app.NewDb();
        var survivors = await db.Users.AsNoTracking().Where(u => userNames.Contains(u.UserName!)).ToListAsync();
        var winner = Assert.Single(survivors);
        Assert.Equal(entry.GraduateId, winner.GraduateId);
        Assert.Equal(winner.Id, await BoundUserIdAsync(entry.GraduateId));
        Assert.Equal(1, await db.Users.CountAsync(u => u.GraduateId == entry.GraduateId));
    }
}
