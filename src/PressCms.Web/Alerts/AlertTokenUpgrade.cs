using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PressCms.Data;

namespace PressCms.Web.Alerts;

/// <summary>
/// Builds from before the key ring lived in PressCms:KeysPath used ASP.NET Core's defaults: keys in
/// the service account's ~/.aspnet/DataProtection-Keys, and the install folder as the application's
/// name. Tokens sealed then cannot be opened with today's keys, so at start-up each subscription whose
/// token only the old keys open is sealed again with the current ones: its subscriber keeps getting
/// alerts, and the links in emails already sent keep working (the token itself does not change).
/// </summary>
public static class AlertTokenUpgrade
{
    public static string DefaultLegacyFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".aspnet", "DataProtection-Keys");

    /// <summary>Re-seals what only the old keys open; returns how many subscriptions were re-sealed.</summary>
    public static async Task<int> ResealAsync(PressCmsDbContext db, IDataProtectionProvider current, IHostEnvironment environment, string legacyFolder,
        CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(legacyFolder) || !Directory.EnumerateFiles(legacyFolder, "key-*.xml").Any())
        {
            return 0;
        }
        var now = current.CreateProtector(AlertTokens.Purpose);
        IDataProtector? before = null;
        var resealed = 0;
        foreach (var subscription in await db.Subscriptions.Where(s => s.UnsubscribedUtc == null).ToListAsync(cancellationToken))
        {
            if (Opens(now, subscription.SealedToken) is not null)
            {
                continue;
            }
            before ??= Legacy(environment, legacyFolder).CreateProtector(AlertTokens.Purpose);
            if (Opens(before, subscription.SealedToken) is not { } token)
            {
                continue;
            }
            subscription.Reseal(now.Protect(token));
            resealed++;
        }
        if (resealed > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return resealed;
    }

    /// <summary>The old build's protection: ASP.NET Core's defaults, which name the application by the host's install folder.</summary>
    public static IDataProtectionProvider Legacy(IHostEnvironment environment, string legacyFolder)
    {
        var services = new ServiceCollection();
        services.AddSingleton(environment);
        services.AddLogging();
        // Read only: the old folder is never written to.
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(legacyFolder)).DisableAutomaticKeyGeneration();
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }

    private static string? Opens(IDataProtector protector, string sealedToken)
    {
        try
        {
            return protector.Unprotect(sealedToken);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
