using System.Runtime.CompilerServices;

namespace PressCms.IntegrationTests.Infrastructure;

/// <summary>
/// Test hosts do not watch their files. Each host would otherwise hold an inotify instance for its
/// appsettings (reload on change), and a run starts hundreds of hosts, some at once: Linux allows a
/// user 128 instances by default, and past that a host cannot start and a page answers 500.
/// </summary>
internal static class HostFileWatching
{
    [ModuleInitializer]
    internal static void TurnOff()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
