using Microsoft.AspNetCore.Identity;

namespace Wq.Blazor.Infrastructure.Identity;

/// <summary>Identity's messages in the UI's language.</summary>
public sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"账号「{userName}」已被使用" };
    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "账号只能包含字母、数字和 - . _ @ +" };
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"密码至少{length}位" };
    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "密码错误" };
    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"邮箱「{email}」已被使用" };
    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "操作冲突,请刷新后重试" };
    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "操作失败,请稍后重试" };
}
