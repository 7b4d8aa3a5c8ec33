using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Validation;
using Wq.Blazor.Infrastructure.Files;
using Wq.Blazor.Workflows.Review;

namespace Wq.Blazor.Workflows.Workspace;

/// <summary>A thing school staff check by hand today (SPEC §5.1), flagged for the reviewer; it never blocks a decision.</summary>
public sealed record ReviewHint(string Code, string Text);

/// <summary>The review hints of one queue item, computed when the reviewer opens it.</summary>
public sealed class ReviewHints(IDbContextFactory<WqDbContext> dbFactory, FileStore files)
{
    public async Task<IReadOnlyList<ReviewHint>> ForAsync(ActorContext reviewer, QueueKey key, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (key.Kind == ReviewKinds.DestinationRegistration) return await RegistrationHintsAsync(db, reviewer, key.Id, ct);
        long agreementId;
        var owners = new List<string>();
        if (key.Kind == ReviewKinds.Termination)
        {
            var t = await db.Terminations.AsNoTracking().Visible(reviewer).FirstOrDefaultAsync(x => x.Id == key.Id, ct);
            if (t is null) return [];
            agreementId = t.AgreementId;
            owners.Add(t.Ref.ToString());
        }
        else agreementId = key.Id;
        var a = await db.Agreements.AsNoTracking().Visible(reviewer).Include(x => x.Graduate).FirstOrDefaultAsync(x => x.Id == agreementId, ct);
        if (a is null) return [];
        owners.Add(a.Ref.ToString());

        var hints = new List<ReviewHint>();
        var e = a.EmployerInfo;
        if (!UnifiedSocialCreditCode.IsValid(e.CreditCode))
            hints.Add(new("credit-code", $"统一社会信用代码 {e.CreditCode} 校验位不正确"));
        var phone = Digits(e.ContactPhone);
        if (phone.Length > 0 && phone == Digits(a.Graduate!.Phone))
            hints.Add(new("phone-is-graduate", "单位联系电话与毕业生本人手机号相同"));
        if (phone.Length > 0 && await SharedPhoneAsync(db, e, ct) is { Count: > 0 } others)
            hints.Add(new("shared-phone", $"单位联系电话同时被其他单位使用:{string.Join("、", others)}"));
        if (a.Terms.JobCategoryCode == "90")
            hints.Add(new("job-category-90", "工作职位类别为“90 其他人员”,请核实岗位"));
        await AttachmentHintsAsync(db, owners, hints, ct);
        return hints;
    }

    // A registration has no employer snapshot; what applies to it is the unit's credit code (when the
    // form asks for one) and whether its proofs can be read.
    private async Task<IReadOnlyList<ReviewHint>> RegistrationHintsAsync(WqDbContext db, ActorContext reviewer, long id, CancellationToken ct)
    {
        var r = await db.DestinationRegistrations.AsNoTracking().Visible(reviewer).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return [];
        var hints = new List<ReviewHint>();
        var code = Destinations.RegistrationInput.ReadValues(r.FieldsJson).GetValueOrDefault("creditCode");
        if (!string.IsNullOrEmpty(code) && !UnifiedSocialCreditCode.IsValid(code))
            hints.Add(new("credit-code", $"统一社会信用代码 {code} 校验位不正确"));
        await AttachmentHintsAsync(db, [r.Ref.ToString()], hints, ct);
        return hints;
    }

    private async Task AttachmentHintsAsync(WqDbContext db, List<string> owners, List<ReviewHint> hints, CancellationToken ct)
    {
        foreach (var file in await db.Attachments.AsNoTracking().Where(x => owners.Contains(x.OwnerRef)).ToListAsync(ct))
            if (!await ReadableAsync(file, ct))
                hints.Add(new("unreadable-attachment", $"附件“{file.FileName}”不是可读的图片或PDF"));
    }

    // Different employers (by credit code) giving the same phone: a sign of an agency or a made-up unit.
    private static async Task<List<string>> SharedPhoneAsync(WqDbContext db, Domain.Model.EmployerSnapshot e, CancellationToken ct)
    {
        var fromEmployers = await db.Employers.AsNoTracking().Where(x => x.ContactPhone == e.ContactPhone && x.CreditCode != e.CreditCode)
            .Select(x => x.Name).ToListAsync(ct);
        var fromAgreements = await db.Agreements.AsNoTracking()
            .Where(x => x.EmployerInfo.ContactPhone == e.ContactPhone && x.EmployerInfo.CreditCode != e.CreditCode)
            .Select(x => x.EmployerInfo.Name).Distinct().Take(5).ToListAsync(ct);
        return fromEmployers.Concat(fromAgreements).Distinct().Take(5).ToList();
    }

    private async Task<bool> ReadableAsync(Attachment file, CancellationToken ct)
    {
        try
        {
            await using var s = files.OpenRead(file.StoredName);
            var head = new byte[16];
            var n = await s.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            return FileSignature.Detect(head.AsSpan(0, n)) is not null;
        }
        catch (IOException) { return false; }
    }

    private static string Digits(string? s) => new((s ?? "").Where(char.IsDigit).ToArray());
}
