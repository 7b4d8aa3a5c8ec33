using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Wq.Blazor.Data;

namespace Wq.Blazor.Workflows.Signing;

internal static class AgreementNumbers
{
    /// <summary>
    /// 协议书编号 (SPEC §2): graduation year + school code + level digit + a 6-digit serial per
    /// school and year. The serial row is bumped inside the caller's transaction, which holds the
    /// write lock, so no two committed agreements ever share a number and a number is never reused.
    /// </summary>
    public static async Task<string> NextAsync(TransitionScope scope, School school, Graduate graduate)
    {
        var serial = await scope.Db.AgreementNumberSerials
            .FirstOrDefaultAsync(s => s.SchoolId == school.Id && s.Year == graduate.GraduationYear);
        if (serial is null)
        {
            serial = new AgreementNumberSerial { SchoolId = school.Id, Year = graduate.GraduationYear };
            scope.Db.AgreementNumberSerials.Add(serial);
        }
        serial.LastSerial++;
        if (serial.LastSerial > 999_999) throw new WorkflowRefusal("本年度协议书编号已用尽,请联系平台管理员");
        return $"{graduate.GraduationYear:0000}{school.Code}{graduate.Level.Digit()}{serial.LastSerial:000000}";
    }

    private const string Base32Alphabet = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";

    /// <summary>A verification code of 160 random bits in Crockford-style base32 (no I, L, O, U).</summary>
    public static string NewVerificationCode()
    {
        var bytes = RandomNumberGenerator.GetBytes(20);
        var chars = new char[32];
        ulong buffer = 0;
        int bits = 0, index = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[index++] = Base32Alphabet[(int)((buffer >> (bits - 5)) & 31)];
                bits -= 5;
            }
        }
        return new string(chars, 0, index);
    }
}
