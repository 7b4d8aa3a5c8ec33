using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Wq.Blazor.Infrastructure.Mail;

public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>
/// Smtp:Host configured: deliver through it. STARTTLS is required unless the operator explicitly
/// sets <c>Smtp:Security</c> to <c>SslOnConnect</c> (port 465) or <c>None</c> (a relay on localhost).
/// </summary>
public sealed class SmtpMailSender(IConfiguration config) : IMailSender
{
    public static SecureSocketOptions Security(string? setting) => setting?.Trim().ToLowerInvariant() switch
    {
        null or "" or "starttls" => SecureSocketOptions.StartTls,
        "sslonconnect" => SecureSocketOptions.SslOnConnect,
        "none" => SecureSocketOptions.None,
        _ => throw new InvalidOperationException($"Smtp:Security '{setting}' is not StartTls, SslOnConnect or None"),
    };

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(config["Smtp:Host"]!, config.GetValue("Smtp:Port", 587), Security(config["Smtp:Security"]), ct);
        if (!string.IsNullOrEmpty(config["Smtp:UserName"]))
            await client.AuthenticateAsync(config["Smtp:UserName"]!, config["Smtp:Password"] ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}

/// <summary>No SMTP configured: write each message as an .eml file in the outbox folder, where an operator can read it.</summary>
public sealed class OutboxMailSender(string folder) : IMailSender
{
    public string Folder { get; } = Directory.CreateDirectory(folder).FullName;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var path = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, ct);
    }
}
