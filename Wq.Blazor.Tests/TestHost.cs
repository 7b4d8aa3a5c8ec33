using Microsoft.AspNetCore.Hosting;

namespace Wq.Blazor.Tests;

/// <summary>How every test boots the real app: Development, its own data folder, demo data, quiet logs.</summary>
public static class TestHost
{
    public static IWebHostBuilder UseWqTestSettings(this IWebHostBuilder builder, string dataDirectory)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Wq:DataDirectory", dataDirectory);
        builder.UseSetting("Demo:Seed", "true");
        // Every test registers and signs in from one address, the demo accounts many times a minute;
        // the throttles have their own tests (Hosting/SignInAbuseTests, Hosting/RegistrationHardeningTests).
        builder.UseSetting("Wq:RegistrationLimits:PerClientPer10Minutes", "100000");
        builder.UseSetting("Wq:SignInLimits:PerClientPerMinute", "100000");
        builder.UseSetting("Wq:SignInLimits:PerAccountPer15Minutes", "100000");
        // emp1 and emp2 search and invite in most signing tests; the limits have Workflows/DataMinimisationTests.
        builder.UseSetting("Wq:EmployerLimits:SearchesPer10Minutes", "100000");
        builder.UseSetting("Wq:EmployerLimits:InvitationsPerHour", "100000");
        // The app's Information logs drown the test output; WQ_TEST_LOG_LEVEL=Information brings them back.
        var logLevel = Environment.GetEnvironmentVariable("WQ_TEST_LOG_LEVEL") is { Length: > 0 } level ? level : "Warning";
        builder.UseSetting("Logging:LogLevel:Default", logLevel);
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", logLevel);
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", logLevel);
        // The test server speaks plain HTTP on purpose; its "no https port" warning is noise here.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.HttpsPolicy", "Error");
        return builder;
    }
}
