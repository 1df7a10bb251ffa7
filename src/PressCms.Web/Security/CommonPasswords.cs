using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Identity;
using PressCms.Data.Identity;

namespace PressCms.Web.Security;

/// <summary>
/// No composition rules (ASVS 6.2.5): a password is at least 12 characters and not one attackers
/// try first (6.2.4). Refused are the 30,000 most common passwords from breach corpora (the list
/// zxcvbn ships, MIT licence, from Mark Burnett's 10 million leaked passwords), such a password
/// with digits or symbols around it ("Liverpool123!"), a few characters repeated, and one holding
/// the person's own email address (6.2.11). Nothing leaves the server: no breach service is asked.
/// </summary>
public sealed class CommonPasswords : IPasswordValidator<PressUser>
{
    public const int MinLength = 12;
    public const int MaxLength = 1024;

    private static readonly FrozenSet<string> List = Load();

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        if (List.Contains(lower))
        {
            return true;
        }
        var core = lower.Trim().TrimStart(Affix).TrimEnd(Affix);
        return core.Length >= 4 && List.Contains(core);
    }

    public Task<IdentityResult> ValidateAsync(UserManager<PressUser> manager, PressUser user, string? password)
    {
        var text = password ?? "";
        var errors = new List<IdentityError>();
        if (text.Length > MaxLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = $"Keep the password to {MaxLength} characters." });
        }
        else if (text.Length >= MinLength)
        {
            if (IsCommon(text))
            {
                errors.Add(new IdentityError { Code = "PasswordCommon", Description = "This password is on the list of common passwords attackers try first; choose another. A few unrelated words make a strong one." });
            }
            else if (text.Distinct().Count() < 5)
            {
                errors.Add(new IdentityError { Code = "PasswordRepetitive", Description = "This password repeats a few characters; choose one that is harder to guess." });
            }
            else if (ContainsEmail(text, user.Email))
            {
                errors.Add(new IdentityError { Code = "PasswordHasEmail", Description = "The password must not contain your email address or its name part." });
            }
        }
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static bool ContainsEmail(string password, string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return false;
        }
        var local = email.Split('@')[0];
        return password.Contains(email, StringComparison.OrdinalIgnoreCase)
            || (local.Length >= 4 && password.Contains(local, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly char[] Affix = [.. "0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ "];

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PressCms.Web.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("the common-password list is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word)
            {
                words.Add(word.ToLowerInvariant());
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
