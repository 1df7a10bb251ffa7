using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace PressCms.Rendering.Feeds;

/// <summary>A syndication feed whose own extension elements (archive marker, tombstones, RSS dates) are written straight to the output, as <see cref="ReleaseItem"/> does for entries.</summary>
internal sealed class ReleaseChannel(string title, string description, Uri alternate) : SyndicationFeed(title, description, alternate)
{
    public List<XElement> Extensions { get; } = [];

    protected override void WriteElementExtensions(XmlWriter writer, string version)
    {
        base.WriteElementExtensions(writer, version);
        foreach (var extension in Extensions)
        {
            extension.WriteTo(writer);
        }
    }
}
