using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Workflows.Signing;

namespace Wq.Blazor.Tests.Workflows.Signing;

/// <summary>The public /verify service (SPEC §6): number + code, masked summary, rate limit, PDF hash check.</summary>
public class VerificationTests(SigningApp app) : IClassFixture<SigningApp>
{
    private static string Client() => "client-" + Guid.NewGuid().ToString("N");

    /// <summary>张三 → 张*, 张三丰 → 张*丰 (SPEC §6 "张*三"-style): first character kept, the rest starred but the last of three or more.</summary>
    private static string MaskedByHand(string name) => name.Length switch
    {
        2 => name[..1] + "*",
        _ => name[..1] + new string('*', name.Length - 2) + name[^1..],
    };

    [Fact]
    public async Task The_right_number_and_code_show_a_valid_masked_summary()
    {
        var (graduate, _, id) = await app.SignedAsync();
        var a = await app.AgreementAsync(id);
        await using var db = await app.DbAsync();
        var g = await db.Graduates.Include(x => x.School).SingleAsync(x => x.Id == graduate.GraduateId);

        var result = await app.Verification.VerifyAsync(a.Number, a.VerificationCode, Client());

        Assert.True(result.Ok, result.Error);
        var s = result.Value!;
        Assert.Equal((a.Number, true, "有效"), (s.Number, s.Valid, s.StateLabel));
        Assert.Equal(MaskedByHand(g.Name), s.MaskedGraduateName);
        Assert.DoesNotContain(g.Name, s.MaskedGraduateName);
        Assert.Equal(g.School!.Name, s.SchoolName);
        Assert.Equal(a.EmployerInfo.Name, s.EmployerName);
        Assert.Equal(a.SignedAt, s.SignedAt);
        Assert.Equal(a.PdfSha256, s.PdfSha256);

        // Spaces, dashes and lower case in the typed code are forgiven.
        var typed = string.Join("-", a.VerificationCode!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        Assert.True((await app.Verification.VerifyAsync(" " + a.Number + " ", typed, Client())).Ok);
    }

    [Fact]
    public async Task A_wrong_code_or_number_and_an_unsigned_agreement_look_the_same()
    {
        var (_, _, id) = await app.SignedAsync();
        var a = await app.AgreementAsync(id);
        var pending = await app.AgreementAsync((await app.PendingDepartmentReviewAsync()).Id);
        var wrongCode = (a.VerificationCode![0] == 'A' ? "B" : "A") + a.VerificationCode[1..];

        foreach (var (number, code) in new[] { (a.Number, wrongCode), ("2099109992000001", a.VerificationCode), (pending.Number, a.VerificationCode) })
        {
            var r = await app.Verification.VerifyAsync(number, code, Client());
            Assert.False(r.Ok);
            Assert.Equal("协议书编号或验证码不正确", r.Error);
        }
        Assert.Null(pending.VerificationCode);
    }

    [Fact]
    public async Task More_than_twenty_attempts_a_minute_from_one_client_are_refused_even_with_the_right_code()
    {
        var (_, _, id) = await app.SignedAsync();
        var a = await app.AgreementAsync(id);
        var client = Client();

        for (var i = 0; i < 20; i++)
            Assert.Equal("协议书编号或验证码不正确", (await app.Verification.VerifyAsync(a.Number, "WRONG" + i, client)).Error);

        var limited = await app.Verification.VerifyAsync(a.Number, a.VerificationCode, client);
        Assert.False(limited.Ok);
        Assert.Equal("查询过于频繁,请稍后再试", limited.Error);
        // Another client is not affected.
        Assert.True((await app.Verification.VerifyAsync(a.Number, a.VerificationCode, Client())).Ok);
    }

    [Fact]
    public async Task The_issued_pdf_matches_and_a_one_byte_change_does_not()
    {
        var (graduate, _, id) = await app.SignedAsync();
        var a = await app.AgreementAsync(id);
        var summary = (await app.Verification.VerifyAsync(a.Number, a.VerificationCode, Client())).Value!;
        var download = await app.Attachments.OpenAsync(graduate, a.PdfAttachmentId!.Value);
        byte[] bytes;
        await using (download!.Content)
        {
            using var copy = new MemoryStream();
            await download.Content.CopyToAsync(copy);
            bytes = copy.ToArray();
        }

        Assert.True(await VerificationService.MatchesAsync(summary, new MemoryStream(bytes)));
        bytes[bytes.Length / 2] ^= 0x01;
        Assert.False(await VerificationService.MatchesAsync(summary, new MemoryStream(bytes)));
    }

    [Fact]
    public async Task Verification_codes_carry_at_least_128_random_bits_and_differ_per_agreement()
    {
        var first = await app.AgreementAsync((await app.SignedAsync()).Id);
        var second = await app.AgreementAsync((await app.SignedAsync()).Id);

        foreach (var code in new[] { first.VerificationCode!, second.VerificationCode! })
        {
            // Base32 carries 5 bits a character: 26 characters ≥ 130 bits.
            Assert.Matches("^[0-9A-Z]{26,}$", code);
            Assert.False(Guid.TryParse(code, out _));
        }
        Assert.NotEqual(first.VerificationCode, second.VerificationCode);
        Assert.NotEqual(first.Number, second.Number);
        Assert.Equal(AgreementState.Signed, first.State);
        await using var db = await app.DbAsync();
        Assert.Equal(2, await db.Attachments.CountAsync(x => x.Kind == AttachmentKind.AgreementPdf
            && (x.Id == first.PdfAttachmentId || x.Id == second.PdfAttachmentId)));
    }
}
