using System.Text;

namespace PressCms.Web.Alerts;

/// <summary>The words of subscriber emails. Every alert ends with the manage link; the unsubscribe link also goes in the headers.</summary>
public static class AlertEmails
{
    public static AlertEmail Confirmation(string to, string newsroom, string topicName, string confirmUrl) => new(to,
        $"Confirm your email alerts from {newsroom}",
        $"""
        Someone, hopefully you, asked for email alerts from {newsroom} about {topicName}.

        Confirm you want them: {confirmUrl}

        If you did not ask, ignore this email: you will get nothing more from us.

        {newsroom}

        """,
        null);

    public static AlertEmail Single(string to, string newsroom, string topicName, AlertItem item, AlertLinks links)
    {
        var subject = item.CorrectionNote is null ? item.Headline : $"Correction: {item.Headline}";
        var body = new StringBuilder();
        Write(body, item);
        return new AlertEmail(to, subject, Footer(body, newsroom, topicName, links), links.Unsubscribe);
    }

    public static AlertEmail Digest(string to, string newsroom, string topicName, IReadOnlyList<AlertItem> items, AlertLinks links)
    {
        var body = new StringBuilder($"Today's press releases from {newsroom} about {topicName}:\n\n");
        foreach (var item in items)
        {
            Write(body, item);
            body.Append("----\n\n");
        }
        var count = items.Count == 1 ? "1 release" : $"{items.Count} releases";
        return new AlertEmail(to, $"Daily digest from {newsroom}: {count}", Footer(body, newsroom, topicName, links), links.Unsubscribe);
    }

    private static void Write(StringBuilder body, AlertItem item)
    {
        if (item.CorrectionNote is { } note)
        {
            body.Append($"CORRECTION: {note}\n\n");
        }
        body.Append(item.Headline).Append("\n\n");
        if (item.Standfirst is { } standfirst)
        {
            body.Append(standfirst).Append("\n\n");
        }
        foreach (var figure in item.Figures)
        {
            body.Append("- ").Append(figure).Append('\n');
        }
        if (item.Figures.Count > 0)
        {
            body.Append('\n');
        }
        foreach (var (text, attribution) in item.Quotes)
        {
            body.Append('"').Append(text).Append("\"\n  - ").Append(attribution).Append("\n\n");
        }
        if (item.Photo is { } photo)
        {
            body.Append("Photo: ").Append(photo.Alt);
            if (photo.Credit is { } credit)
            {
                body.Append(". Credit: ").Append(credit);
            }
            if (photo.Copyright is { } copyright)
            {
                body.Append(". Copyright: ").Append(copyright);
            }
            body.Append($"\n{photo.Src}\n\n");
        }
        body.Append($"Read it: {item.Url}\n\n");
    }

    private static string Footer(StringBuilder body, string newsroom, string topicName, AlertLinks links) => body
        .Append($"You get this because you follow {topicName} at {newsroom}.\n")
        .Append($"Change how often, or unsubscribe: {links.Manage}\n").ToString();
}

/// <summary>The subscriber's own links, carrying their token.</summary>
public sealed record AlertLinks(string Manage, string Unsubscribe)
{
    public static AlertLinks For(string baseUrl, string token) => new(
        $"{baseUrl.TrimEnd('/')}/alerts/manage/{token}", $"{baseUrl.TrimEnd('/')}/alerts/unsubscribe/{token}");
}
