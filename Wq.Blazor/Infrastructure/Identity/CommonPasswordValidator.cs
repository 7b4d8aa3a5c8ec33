using Microsoft.AspNetCore.Identity;
using Wq.Blazor.Data;
using Wq.Blazor.Domain.Validation;

namespace Wq.Blazor.Infrastructure.Identity;

/// <summary>Refuses common and guessable passwords instead of imposing composition rules.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var problem = PasswordRules.Validate(password ?? "", user.UserName);
        return Task.FromResult(problem is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = problem }));
    }
}
