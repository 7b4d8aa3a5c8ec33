using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wq.Blazor.Data;
using Wq.Blazor.Workflows.Workspace;

namespace Wq.Blazor.Tests.Workflows.Workspace;

/// <summary>Demo:BulkGraduates (SPEC §10): accounts bulk0001… with accepted invitations from emp1 at 院系审核, and dept2.</summary>
public sealed class DemoBulkTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "wq-tests", "bulk-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseWqTestSettings(_dir);
            b.UseSetting("Demo:BulkGraduates", "4");
        });
        _ = _factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    [Fact]
    public async Task Bulk_graduates_wait_at_the_department_gate_with_real_audit_rows_and_dept2_exists()
    {
        await using var db = await _factory!.Services.GetRequiredService<IDbContextFactory<WqDbContext>>().CreateDbContextAsync();
        var bulk = await db.Users.Where(u => u.UserName!.StartsWith("bulk")).OrderBy(u => u.UserName).ToListAsync();
        Assert.Equal(["bulk0001", "bulk0002", "bulk0003", "bulk0004"], bulk.Select(u => u.UserName));
        var ids = bulk.Select(u => u.GraduateId).ToList();
        var agreements = await db.Agreements.Where(a => ids.Contains(a.GraduateId)).ToListAsync();
        Assert.Equal(4, agreements.Count);
        Assert.All(agreements, a => Assert.Equal((AgreementState.PendingDepartmentReview, "星辰科技有限公司"), (a.State, a.EmployerInfo.Name)));
        var keys = agreements.Select(a => a.Id.ToString()).ToList();
        Assert.Equal(8, await db.AuditEvents.CountAsync(e => e.RecordType == "Agreement" && keys.Contains(e.RecordId)));
        Assert.Equal(4, await db.DestinationClaims.CountAsync(c => ids.Contains(c.GraduateId)));

        var dept1 = await db.Users.SingleAsync(u => u.UserName == "dept1");
        var reviewer = new ActorContext(dept1.Id, dept1.DisplayName, Wq.Blazor.Domain.Roles.DepartmentReviewer, SchoolId: dept1.SchoolId, DepartmentId: dept1.DepartmentId);
        var queue = _factory.Services.GetRequiredService<ReviewQueueQuery>();
        Assert.Equal(4, await queue.CountAsync(reviewer, new QueueFilter { Keyword = "批量" }));

        var dept2 = await db.Users.SingleAsync(u => u.UserName == "dept2");
        Assert.Equal("经济管理学院", await db.Departments.Where(d => d.Id == dept2.DepartmentId).Select(d => d.Name).SingleAsync());
        var signIn = _factory.Services.CreateScope().ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        Assert.True(await signIn.CheckPasswordAsync(bulk[3], Wq.Blazor.Hosting.Demo.DemoData.Password));
    }
}
