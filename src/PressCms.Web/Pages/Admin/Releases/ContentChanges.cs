using System.Globalization;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using PressCms.Core.Releases;

namespace PressCms.Web.Pages.Admin.Releases;

/// <summary>One field that differs between two versions of a release, as text an editor can compare.</summary>
public sealed record FieldChange(string Field, string Before, string After);

/// <summary>Field-by-field differences between two contents; the body is compared line by line.</summary>
public static class ContentChanges
{
    public static IReadOnlyList<FieldChange> Between(ReleaseContent before, ReleaseContent after)
    {
        var a = Fields(before);
        var b = Fields(after);
        var changes = new List<FieldChange>();
        foreach (var (field, value) in a)
        {
            var other = b[field];
            if (value != other)
            {
                changes.Add(field == "Body" ? new FieldChange(field, value, LineDiff(value, other)) : new FieldChange(field, value, other));
            }
        }
        return changes;
    }

    public static Dictionary<string, string> Fields(ReleaseContent c) => new()
    {
        ["Kind"] = c.Kind.ToLabel(),
        ["Headline"] = c.Headline,
        ["Standfirst"] = c.Standfirst ?? "",
        ["Web address"] = c.Slug,
        ["Body"] = c.Body.ReplaceLineEndings("\n"),
        ["Key dates"] = string.Join("\n", c.KeyDates.Select(d => $"{d.Label}: {d.From:yyyy-MM-dd}{(d.To is { } to ? $" to {to:yyyy-MM-dd}" : "")}")),
        ["Figures"] = string.Join("\n", c.Figures.Select(f => $"{f.Label}: {f.Value?.ToString(CultureInfo.InvariantCulture)} {f.Unit} {f.Period}".TrimEnd())),
        ["Quotes"] = string.Join("\n", c.Quotes.Select(q => $"“{q.Text}” — {q.Speaker}{(q.Role is null ? "" : ", " + q.Role)}")),
        ["Operation"] = c.Operation ?? "",
        ["Unit"] = c.Unit ?? "",
        ["Area"] = c.Area ?? "",
        ["Categories"] = string.Join(", ", c.Categories),
        ["Agencies"] = string.Join(", ", c.Agencies),
        ["Notes to editors"] = c.NotesToEditors ?? "",
        ["Lead image"] = c.LeadImage is { } i ? $"{i.Src} ({i.Alt}) {i.Credit}" : "",
        ["Gallery"] = string.Join("\n", c.Gallery.Select(g => $"{g.Src} ({g.Alt}) {g.Credit}")),
    };

    /// <summary>The second text with each line marked: "+ " added, "- " removed, "  " unchanged.</summary>
    private static string LineDiff(string before, string after)
    {
        var diff = InlineDiffBuilder.Diff(before, after, ignoreWhiteSpace: false);
        return string.Join("\n", diff.Lines.Select(l => l.Type switch
        {
            ChangeType.Inserted => "+ " + l.Text,
            ChangeType.Deleted => "- " + l.Text,
            _ => "  " + l.Text,
        }));
    }
}
