using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;
using Wq.Blazor.Components.Account;
using Wq.Blazor.Data;
using Wq.Blazor.Infrastructure.Audit;
using Wq.Blazor.Infrastructure.Files;
using Wq.Blazor.Components;
using Wq.Blazor.Infrastructure.Identity;
using Wq.Blazor.Infrastructure.Live;
using Wq.Blazor.Infrastructure.Mail;
using Wq.Blazor.Workflows;
using Wq.Blazor.Workflows.Accounts;
using Wq.Blazor.Workflows.Offline;
using Wq.Blazor.Workflows.Destinations;
using Wq.Blazor.Workflows.Review;
using Wq.Blazor.Workflows.Signing;
using Wq.Blazor.Workflows.Terminations;
using Wq.Blazor.Infrastructure.Pdf;

using Wq.Blazor.Infrastructure;

namespace Wq.Blazor.Hosting;

/// <summary>Service registration, one method per area.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddWqIdentity(this IServiceCollection services, IWebHostEnvironment env)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "wq.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.SignIn.RequireConfirmedAccount = false;
                o.User.RequireUniqueEmail = false;
                // NIST-style: long passwords, no composition rules, a common-password check instead.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WqDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<WqClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        return services;
    }

    public static IServiceCollection AddWqInfrastructure(this IServiceCollection services, IConfiguration config, string dataDirectory)
    {
        services.Configure<WqOptions>(config.GetSection(WqOptions.Section));
        services.PostConfigure<WqOptions>(o => o.DataDirectory = dataDirectory);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LiveUpdateBus>();
        services.AddSingleton<LiveQueryCache>();
        services.AddSingleton(sp => new AuditKey(config, dataDirectory));
        services.AddSingleton<AuditTrail>();
        // Built by the container so it is disposed at shut-down, which writes a head still pending.
        services.AddSingleton(sp => new AuditAnchor(dataDirectory, sp.GetRequiredService<ILogger<AuditAnchor>>()));
        services.AddSingleton<AuditChainVerifier>();
        services.AddSingleton(new FileStore(Path.Combine(dataDirectory, "files")));
        services.AddSingleton<PublicUrl>();
        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<MailWorker>();
        if (string.IsNullOrWhiteSpace(config["Smtp:Host"]))
            services.AddSingleton<IMailSender>(new OutboxMailSender(Path.Combine(dataDirectory, "outbox")));
        else
            services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddSingleton<AgreementPdfRenderer>();
        return services;
    }

    public static IServiceCollection AddWqWorkflows(this IServiceCollection services)
    {
        services.AddSingleton<WorkflowRunner>();
        services.AddScoped<GraduateRegistrationService>();
        services.AddSingleton<BindingCodeService>();
        services.AddSingleton<AccountBindingService>();
        services.AddScoped<EmployerRegistrationService>();
        services.AddSingleton<RegistrationThrottle>();
        services.AddSingleton<CertificationService>();
        services.AddSingleton<ProfileService>();
        services.AddSingleton<SchoolAdminService>();
        services.AddSingleton<NotificationService>();
        services.AddSingleton<AttachmentService>();
        services.AddSingleton<InvitationService>();
        services.AddSingleton<EmployerThrottle>();
        services.AddSingleton<ResponseService>();
        services.AddSingleton<AgreementQueries>();
        services.AddSingleton<CurrentDestinationQuery>();
        services.AddSingleton<AgreementIssuer>();
        services.AddSingleton<PdfJobSignal>();
        services.AddSingleton<PdfJobProcessor>();
        services.AddHostedService<PdfJobWorker>();
        services.AddSingleton<VerificationService>();
        services.AddSingleton<ExpiryService>();
        services.AddHostedService<ExpiryJob>();
        services.AddSingleton<IReviewHandler, OnlineSigningReview>();
        services.AddSingleton<IReviewHandler, DestinationRegistrationReview>();
        services.AddSingleton<RegistrationService>();
        services.AddSingleton<RegistrationQueries>();
        services.AddSingleton<IReviewHandler, TerminationReview>();
        services.AddSingleton<IReviewHandler, OfflineSigningReview>();
        services.AddSingleton<IReviewHandler, PaperRegistrationReview>();
        services.AddSingleton<OfflineSigningService>();
        services.AddSingleton<EmployerLinkService>();
        services.AddSingleton<PaperRegistrationService>();
        services.AddSingleton<OfflineTerminationService>();
        services.AddSingleton<ReviewQueueService>();
        services.AddSingleton<TerminationService>();
        services.AddSingleton<TerminationQueries>();
        return services;
    }

    public static IServiceCollection AddWqUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddTransient<MudBlazor.MudLocalizer, Components.Layout.ChineseMudLocalizer>();
        Components.Layout.ChineseMudLocalizer.UseChineseUi();
        services.AddSingleton<IRecordLinks, RecordLinks>();
        return services;
    }
}
