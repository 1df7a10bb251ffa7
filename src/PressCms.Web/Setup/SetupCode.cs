using System.Security.Cryptography;
using System.Text;
using PressCms.Data;
using PressCms.Web.Storage;

namespace PressCms.Web.Setup;

/// <summary>
/// Until the site is set up, the setup page asks for a one-time code that only someone who can
/// read the server's log (or its data folder) has, so whoever reaches /setup first on a fresh
/// deployment cannot make themselves its administrator. The code is kept in the data folder
/// (owner-only), so every node sharing the folder asks for the same one and a restart keeps it;
/// it is printed to the log at start and deleted once setup has run. The `setup` command, run on
/// the server itself, needs none.
/// </summary>
public sealed class SetupCode(PressCmsPaths paths, ILogger<SetupCode> log)
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private readonly Lock gate = new();

    private string FilePath => Path.Combine(paths.Data, "setup-code");

    /// <summary>The code, made and kept on first use: "K7QM-2XRP-T4WN-9HCE".</summary>
    public string Current
    {
        get
        {
            lock (gate)
            {
                if (File.Exists(FilePath) && File.ReadAllText(FilePath).Trim() is { Length: > 0 } kept)
                {
                    return kept;
                }
                var code = string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4)));
                Directory.CreateDirectory(paths.Data);
                var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }
                using (var file = new StreamWriter(FilePath, Encoding.ASCII, options))
                {
                    file.Write(code);
                }
                return code;
            }
        }
    }

    /// <summary>Whether the typed code is the code, ignoring case, spaces and hyphens; compared in constant time.</summary>
    public bool Matches(string? typed)
    {
        var expected = Encoding.ASCII.GetBytes(Normal(Current));
        var given = Encoding.ASCII.GetBytes(Normal(typed ?? ""));
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>Prints the code to the log, at start, when the site is not set up yet.</summary>
    public void Announce() =>
        log.LogWarning("This newsroom is not set up yet. Open /setup in a browser and enter the one-time setup code {SetupCode} (also in {SetupCodeFile}).", Current, FilePath);

    /// <summary>Setup has run: the code is spent.</summary>
    public void Discard()
    {
        lock (gate)
        {
            File.Delete(FilePath);
        }
    }

    private static string Normal(string code) =>
        new([.. code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).Take(64)]);

    /// <summary>At start: announces the code if the site is not set up.</summary>
    internal sealed class Announcer(IServiceProvider services, SetupCode code, SetupState state) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = services.CreateAsyncScope();
            if (!await state.IsSetUpAsync(scope.ServiceProvider.GetRequiredService<PressCmsDbContext>(), cancellationToken))
            {
                code.Announce();
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
