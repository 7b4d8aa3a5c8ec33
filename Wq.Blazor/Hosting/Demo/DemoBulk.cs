using Microsoft.AspNetCore.Identity;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Workflows;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Hosting.Demo;

/// <summary>
/// <c>Demo:BulkGraduates</c> = N: N more 计算机学院 graduates with accounts bulk0001… (demo password),
/// each with an accepted invitation from emp1 waiting at 院系审核 (SPEC §10), for grids, batches and
/// benchmarks. Invitations and answers go through the real services, so states, audit and notices are right.
/// </summary>
internal static class DemoBulk
{
    public const string Setting = "Demo:BulkGraduates";

    public static async Task SeedAsync(IServiceProvider sp, WqDbContext db, School school, Department dept, Employer emp1, int year,
        DateTimeOffset now, int count)
    {
        if (count <= 0) return;
        var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
        var graduates = new List<Graduate>();
        for (var i = 1; i <= count; i++)
        {
            // 2000-01-01 plus i days keeps every 身份证号 distinct and well-formed.
            var first17 = $"110108{new DateOnly(2000, 1, 1).AddDays(i % 3000):yyyyMMdd}{i % 1000:000}";
            graduates.Add(new Graduate
            {
                SchoolId = school.Id, DepartmentId = dept.Id, StudentNo = $"B{year - 4}{i:00000}", Name = $"批量{i:0000}",
                Email = $"B{year - 4}{i:00000}@stu.hxlg.edu.cn", // as the roster's graduates have: their notices are mailed too
                Gender = i % 2 == 0 ? Gender.Female : Gender.Male, IdNumber = first17 + ResidentIdNumber.ComputeCheckChar(first17),
                Major = "软件工程", Level = EducationLevel.Bachelor, GraduationYear = year, Phone = $"1360000{i % 10000:0000}",
                Origin = "北京市", InfoConfirmedAt = now,
            });
        }
        db.Graduates.AddRange(graduates);
        await db.SaveChangesAsync();

        // One PBKDF2 hash for all: the password is the same and the hash carries its own salt.
        string? hash = null;
        var staff = (await users.FindByNameAsync("emp1"))!;
        var employer = new ActorContext(staff.Id, staff.DisplayName, Roles.Employer, EmployerId: emp1.Id);
        var invitations = sp.GetRequiredService<InvitationService>();
        var responses = sp.GetRequiredService<ResponseService>();
        for (var i = 0; i < graduates.Count; i++)
        {
            var g = graduates[i];
            var user = new ApplicationUser
            {
                UserName = $"bulk{i + 1:0000}", DisplayName = g.Name, EmailConfirmed = true,
                GraduateId = g.Id, SchoolId = school.Id, DepartmentId = dept.Id, PasswordHash = hash,
            };
            var created = hash is null ? await users.CreateAsync(user, DemoData.Password) : await users.CreateAsync(user);
            if (!created.Succeeded) throw new InvalidOperationException($"Demo user {user.UserName}: {created.Errors.First().Description}");
            hash ??= user.PasswordHash;
            await users.AddToRoleAsync(user, Roles.Graduate);
            g.UserId = user.Id;
            await db.SaveChangesAsync();

            var invited = await invitations.InviteAsync(employer, g.Id, DemoEmployers.Terms("软件开发工程师", emp1));
            if (!invited.Ok) throw new InvalidOperationException($"Bulk invitation {user.UserName}: {invited.Error}");
            var graduate = new ActorContext(user.Id, g.Name, Roles.Graduate, g.Id, null, school.Id, dept.Id);
            var accepted = await responses.AcceptAsync(graduate, invited.Value);
            if (!accepted.Ok) throw new InvalidOperationException($"Bulk acceptance {user.UserName}: {accepted.Error}");
        }
    }
}
