using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows;
using Wq.Blazor.Workflows.Signing;
using Wq.Blazor.Workflows.Destinations;
using Wq.Blazor.Domain.Destinations;

namespace Wq.Blazor.Hosting.Demo;

/// <summary>
/// Fills an empty database with the demo school and the accounts of SPEC §10 (a contract:
/// the README lists them and tests use them). Runs only when <c>Demo:Seed</c> is true.
/// </summary>
public static class DemoData
{
    public const string Password = "Wq-demo-2026";

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<WqDbContext>();
        var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();

        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        if (await db.Schools.AnyAsync()) return;

        var year = DemoRoster.SigningSeasonClass(now);
        var school = new School { Code = "10999", Name = "华夏理工大学", EmploymentOffice = "学生就业指导中心", ReviewMode = ReviewMode.TwoLevel };
        foreach (var name in DemoRoster.DepartmentNames) school.Departments.Add(new Department { Name = name });
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        var cs = school.Departments.First(d => d.Name == "计算机学院");
        var em = school.Departments.First(d => d.Name == "经济管理学院");

        var zhang = DemoRoster.Person(school, cs, year, "2023010101", "张三", Gender.Male, EducationLevel.Bachelor, "计算机科学与技术", "11010520030512001", "13800135678");
        var li = DemoRoster.Person(school, cs, year, "2024110201", "李四", Gender.Female, EducationLevel.Master, "软件工程", "31010420010823004", "13900231234");
        var wang = DemoRoster.Person(school, em, year, "2023020305", "王五", Gender.Male, EducationLevel.Bachelor, "工商管理", "44010620021130001", "13700349876");
        db.Graduates.AddRange(zhang, li, wang);
        db.Graduates.AddRange(DemoRoster.Generate(school, year, 200));

        var emp1 = DemoEmployers.Create("星辰科技有限公司", "91110108", "34", "110000", "北京市海淀区中关村大街1号", "赵经理", "01062751234", now);
        var emp2 = DemoEmployers.Create("东方制造股份有限公司", "91310115", "22", "310000", "上海市浦东新区张江路88号", "钱经理", "02150801234", now);
        var emp3 = DemoEmployers.Create("南方物流有限公司", "91440300", "32", "440300", "深圳市南山区科技园南路6号", "孙经理", "075526881234", now);
        await db.SaveChangesAsync();
        // Employers register and are certified through their workflow, so state, version and audit are real.
        var runner = sp.GetRequiredService<WorkflowRunner>();
        await Must(runner.RunAsync(ActorContext.System, async scope =>
        {
            foreach (var e in new[] { emp1, emp2, emp3 })
                await scope.StartAsync(e, CertificationWorkflow.Table, CertificationTrigger.Register, Actor.Employer, null, "演示数据");
            foreach (var e in new[] { emp1, emp2 })
                await scope.MoveAsync(e, CertificationWorkflow.Table, CertificationTrigger.Certify, Actor.Admin, null, "演示数据");
        }), "employers");

        await CreateUser(users, "grad1", "张三", Roles.Graduate, u => { u.GraduateId = zhang.Id; u.SchoolId = school.Id; u.DepartmentId = cs.Id; });
        await CreateUser(users, "grad2", "李四", Roles.Graduate, u => { u.GraduateId = li.Id; u.SchoolId = school.Id; u.DepartmentId = cs.Id; });
        await CreateUser(users, "grad3", "王五", Roles.Graduate, u => { u.GraduateId = wang.Id; u.SchoolId = school.Id; u.DepartmentId = em.Id; });
        await CreateUser(users, "emp1", "赵经理", Roles.Employer, u => u.EmployerId = emp1.Id);
        await CreateUser(users, "emp2", "钱经理", Roles.Employer, u => u.EmployerId = emp2.Id);
        await CreateUser(users, "emp3", "孙经理", Roles.Employer, u => u.EmployerId = emp3.Id);
        await CreateUser(users, "dept1", "计算机学院审核员", Roles.DepartmentReviewer, u => { u.SchoolId = school.Id; u.DepartmentId = cs.Id; });
        await CreateUser(users, "dept2", "经济管理学院审核员", Roles.DepartmentReviewer, u => { u.SchoolId = school.Id; u.DepartmentId = em.Id; });
        await CreateUser(users, "school1", "学校就业中心审核员", Roles.SchoolReviewer, u => u.SchoolId = school.Id);
        await CreateUser(users, "admin", "平台管理员", Roles.Admin, _ => { });

        // Bind the demo graduates to their accounts; grad2 and grad3 have confirmed their data, grad1 not yet.
        foreach (var (g, login) in new[] { (zhang, "grad1"), (li, "grad2"), (wang, "grad3") })
        {
            g.UserId = (await users.FindByNameAsync(login))!.Id;
            if (login != "grad1") g.InfoConfirmedAt = now.AddDays(-20);
        }

        // grad3: an approved 80 境内升学 registration, which is their current destination.
        var registration = new DestinationRegistration
        {
            GraduateId = wang.Id, SchoolId = school.Id, DepartmentId = em.Id, DestinationCode = "801",
            CreatedAt = now.AddDays(-15),
        };
        // Filled in as the registration form would, so its detail page shows the 801 form's fields.
        new RegistrationInput
        {
            Code = "801",
            Values = new()
            {
                [DestinationForms.Organisation] = "华夏理工大学研究生院", ["major"] = "工商管理(推荐免试)",
                [DestinationForms.Admission] = $"{wang.GraduationYear}-09-01",
            },
        }.ApplyTo(registration);
        await db.SaveChangesAsync();
        // Submitted and approved at both gates through the registration table: it holds grad3's destination.
        await Must(runner.RunAsync(ActorContext.System, async scope =>
        {
            scope.Audit(new RecordRef(RecordKind.School, school.Id), AuditAction.SeedDemoData, null, "Seeded", "演示数据");
            await scope.StartAsync(registration, RegistrationWorkflow.Table, RegistrationTrigger.Submit, Actor.Graduate, school.ReviewMode, "演示数据");
            await scope.MoveAsync(registration, RegistrationWorkflow.Table, RegistrationTrigger.Approve, Actor.DepartmentReviewer, school.ReviewMode, "演示数据");
            await scope.MoveAsync(registration, RegistrationWorkflow.Table, RegistrationTrigger.Approve, Actor.SchoolReviewer, school.ReviewMode, "演示数据");
        }), "grad3's registration");

        // grad1's two 待应约 invitations go through the real invitation path (audit, notifications).
        var invitations = sp.GetRequiredService<InvitationService>();
        foreach (var (login, employer, position) in new[] { ("emp1", emp1, "软件开发工程师"), ("emp2", emp2, "智能制造工程师") })
        {
            var staff = (await users.FindByNameAsync(login))!;
            var actor = new ActorContext(staff.Id, staff.DisplayName, Roles.Employer, EmployerId: employer.Id);
            var result = await invitations.InviteAsync(actor, zhang.Id, DemoEmployers.Terms(position, employer));
            if (!result.Ok) throw new InvalidOperationException($"Demo invitation from {login}: {result.Error}");
        }

        var bulk = sp.GetRequiredService<IConfiguration>().GetValue<int>(DemoBulk.Setting);
        await DemoBulk.SeedAsync(sp, db, school, cs, emp1, year, now, bulk);
    }

    private static void Must(OpResult result, string what)
    {
        if (!result.Ok) throw new InvalidOperationException($"Demo {what}: {result.Error}");
    }

    private static async Task Must<T>(Task<OpResult<T>> pending, string what) => Must(await pending, what);

    // One PBKDF2 hash for every demo account (same password; the hash carries its salt): each
    // hash costs ~100 ms of CPU, a tenth of a cold start with an empty data folder.
    private static string? _demoHash;

    private static async Task CreateUser(UserManager<ApplicationUser> users, string login, string name, string role, Action<ApplicationUser> scopeIds)
    {
        var user = new ApplicationUser { UserName = login, DisplayName = name, EmailConfirmed = true };
        scopeIds(user);
        user.PasswordHash = _demoHash ??= users.PasswordHasher.HashPassword(user, Password);
        var result = await users.CreateAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException($"Demo user {login}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        await users.AddToRoleAsync(user, role);
    }
}
