using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace PressCms.Rendering.Feeds;

/// <summary>
/// A syndication item whose own extension elements (facts, Media RSS, RSS dates) are written
/// straight to the output. <see cref="SyndicationItem.ElementExtensions"/> would first copy each
/// one into a binary buffer, which made a feed of 50 releases allocate about 11 MB.
/// </summary>
internal sealed class ReleaseItem : SyndicationItem
{
    public List<XElement> Extensions { get; } = [];

    /// <summary>Characters of HTML the item carries, to size the output buffer once.</summary>
    public int HtmlLength { get; init; }

    protected override void WriteElementExtensions(XmlWriter writer, string version)
    {
        base.WriteElementExtensions(writer, version);
        foreach (var extension in Extensions)
        {
            extension.WriteTo(writer);
        }
    }
}
