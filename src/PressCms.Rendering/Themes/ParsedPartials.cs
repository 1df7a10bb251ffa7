using System.Collections.Concurrent;
using Fluid;

namespace PressCms.Rendering.Themes;

/// <summary>
/// Partials parsed once at load and handed to Fluid by name, so `{% render %}` never parses at
/// request time and a syntax error in a partial fails the load rather than a page.
/// </summary>
// FLUID001: ITemplateCache is marked experimental; it is the only hook that lets partials be parsed
// ahead of time, and a change to it would show up here at compile time.
#pragma warning disable FLUID001
internal sealed class ParsedPartials(IReadOnlyDictionary<string, IFluidTemplate> parsed) : ITemplateCache
{
    // Only reached if Fluid asks for a name spelled differently from the preloaded key.
    private readonly ConcurrentDictionary<string, IFluidTemplate> _late = new(StringComparer.Ordinal);

    public bool TryGetTemplate(string name, DateTimeOffset lastModified, out IFluidTemplate template)
    {
        var key = PartialFiles.PartialName(name);
        if (parsed.TryGetValue(key, out var found) || _late.TryGetValue(key, out found))
        {
            template = found;
            return true;
        }
        template = null!;
        return false;
    }

    public void SetTemplate(string name, DateTimeOffset lastModified, IFluidTemplate template) =>
        _late[PartialFiles.PartialName(name)] = template;
}
#pragma warning restore FLUID001
