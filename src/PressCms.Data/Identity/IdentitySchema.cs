using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace PressCms.Data.Identity;

/// <summary>
/// Identity's schema version: 3 keeps passkeys (WebAuthn credentials). Identity reads it from the
/// app's options when it builds the model, so `dotnet ef migrations add`, which has no app, is
/// given the same options here and the migrations match the model the newsroom runs.
/// </summary>
public static class IdentitySchema
{
    public static readonly Version Version = IdentitySchemaVersions.Version3;

    internal static IServiceProvider DesignTimeServices { get; } =
        new ServiceCollection().Configure<IdentityOptions>(o => o.Stores.SchemaVersion = Version).BuildServiceProvider();
}
