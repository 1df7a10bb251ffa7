namespace PressCms.IntegrationTests.Robustness;

/// <summary>The frames of a stack trace worth reading in a finding: the top few, then the first few in PressCms's own code.</summary>
internal static class StackFrames
{
    public static string Of(Exception ex)
    {
        var frames = (ex.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ours = frames.Skip(2).Where(f => f.StartsWith("at PressCms.", StringComparison.Ordinal)).Take(3);
        return string.Join(" ", frames.Take(2).Concat(ours).Select(f => "[" + f + "]"));
    }
}
