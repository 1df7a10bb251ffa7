namespace PressCms.Web.Cli;

/// <summary>"--name value" pairs after the verb; configuration overrides ("--PressCms:Key=value") are left to the host.</summary>
internal sealed class CommandArguments
{
    private readonly List<(string Name, string Value)> options = [];

    public CommandArguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Contains(':') || arg.Contains('='))
            {
                if (!arg.StartsWith("--", StringComparison.Ordinal))
                {
                    Positional.Add(arg);
                }
                continue;
            }
            if (i + 1 >= list.Count)
            {
                throw new UsageException($"{arg} needs a value");
            }
            options.Add((arg[2..], list[++i]));
        }
    }

    public List<string> Positional { get; } = [];

    public string Required(string name) => Optional(name) ?? throw new UsageException($"--{name} is required");

    public string? Optional(string name) => options.LastOrDefault(o => o.Name == name).Value;

    public IReadOnlyList<string> All(string name) => [.. options.Where(o => o.Name == name).Select(o => o.Value)];

    public void AllowOnly(params string[] names)
    {
        if (options.FirstOrDefault(o => !names.Contains(o.Name)) is { Name: { } unknown })
        {
            throw new UsageException($"unknown option --{unknown}");
        }
    }
}

internal sealed class UsageException(string message) : Exception(message);
