using System.Diagnostics;

namespace PressCms.IntegrationTests.Feeds;

/// <summary>Runs a validator from the Debian archive; CI must have it, a developer's machine may skip.</summary>
internal static class Tool
{
    public sealed record Result(int ExitCode, string Output);

    public static string Require(string path, string package, params string[] probe)
    {
        if (File.Exists(path) && (probe.Length == 0 || RunAsync(path, probe).GetAwaiter().GetResult().ExitCode == 0))
        {
            return path;
        }
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail($"{package} is required in CI (apt-get install {package})");
        }
        Assert.Skip($"{package} is not installed (apt-get install {package})");
        return path;
    }

    public static async Task<Result> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output + await error);
    }
}
