using Microsoft.EntityFrameworkCore;
using MimeKit;
using Wq.Blazor.Data;

namespace Wq.Blazor.Infrastructure.Mail;

/// <summary>Looks up the recipient's address (account e-mail, else the roster's) and sends.</summary>
public sealed class MailWorker(MailQueue queue, IMailSender sender, IDbContextFactory<WqDbContext> dbFactory,
    IConfiguration config, PublicUrl publicUrl, ILogger<MailWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var request in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                var address = await AddressOfAsync(request.UserId, stoppingToken);
                if (address is null) continue;
                var message = new MimeMessage();
                message.From.Add(MailboxAddress.Parse(config["Smtp:From"] ?? "noreply@wq.example.cn"));
                message.To.Add(MailboxAddress.Parse(address));
                message.Subject = $"【网上签约】{request.Subject}";
                var link = request.Link is null ? "" : $"\n\n查看详情:{publicUrl.Base}{request.Link}";
                message.Body = new TextPart("plain") { Text = $"{request.Body}{link}\n\n(本邮件由系统自动发送,请勿回复)" };
                await sender.SendAsync(message, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Mail to user {User} failed", request.UserId);
            }
        }
    }

    private async Task<string?> AddressOfAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.GraduateId, u.EmployerId }).FirstOrDefaultAsync(ct);
        if (user is null) return null;
        if (!string.IsNullOrWhiteSpace(user.Email)) return user.Email;
        // Accounts without their own address fall back to the roster's or the organisation's contact address.
        if (user.GraduateId is { } g) return await db.Graduates.Where(x => x.Id == g).Select(x => x.Email).FirstOrDefaultAsync(ct);
        if (user.EmployerId is { } e) return await db.Employers.Where(x => x.Id == e).Select(x => x.Email).FirstOrDefaultAsync(ct);
        return null;
    }
}
