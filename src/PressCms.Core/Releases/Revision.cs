namespace PressCms.Core.Releases;

/// <summary>One saved version of a release. Revisions are never changed once written.</summary>
public sealed class Revision
{
    private Revision()
    {
    }

    public string ReleaseId { get; private set; } = "";
    public int Number { get; private set; }
    public Release Release { get; private set; } = null!;
    public ReleaseKind Kind { get; private set; }
    public string Slug { get; private set; } = "";
    public string Headline { get; private set; } = "";
    public string? Standfirst { get; private set; }
    public string Body { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public string? Operation { get; private set; }
    public string? Unit { get; private set; }
    public string? Area { get; private set; }
    public List<string> Categories { get; private set; } = [];
    public List<KeyDate> KeyDates { get; private set; } = [];
    public List<Figure> Figures { get; private set; } = [];
    public List<Quote> Quotes { get; private set; } = [];
    public List<string> Agencies { get; private set; } = [];
    public string? NotesToEditors { get; private set; }
    public string? NotesToEditorsHtml { get; private set; }
    public LeadImage? LeadImage { get; private set; }
    public List<LeadImage> Gallery { get; private set; } = [];
    public string EditedBy { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    /// <summary>The revision whose words this one restored, if any: its writer counts as a writer of this one.</summary>
    public int? RestoredFrom { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTime? ApprovedUtc { get; private set; }
    /// <summary>The public note shown when this revision went live as a correction, e.g. "corrected the number of children safeguarded".</summary>
    public string? CorrectionNote { get; private set; }
    public DateTime? WentLiveUtc { get; private set; }

    internal void MarkRestoredFrom(int number) => RestoredFrom = number;

    internal void MarkApproved(string approver, DateTime nowUtc)
    {
        ApprovedBy = approver;
        ApprovedUtc = nowUtc;
    }

    internal void MarkLive(DateTime goesLiveUtc, string? correctionNote)
    {
        WentLiveUtc = goesLiveUtc;
        CorrectionNote = correctionNote;
    }

    internal static Revision Write(Release release, int number, ReleaseContent content, IMarkdownRenderer markdown, string editedBy, DateTime nowUtc) => new()
    {
        ReleaseId = release.Id,
        Release = release,
        Number = number,
        Kind = content.Kind,
        Slug = content.Slug,
        Headline = content.Headline.Trim(),
        Standfirst = Blank(content.Standfirst),
        Body = content.Body,
        BodyHtml = markdown.ToSafeHtml(content.Body),
        Operation = Blank(content.Operation),
        Unit = Blank(content.Unit),
        Area = Blank(content.Area),
        Categories = [.. content.Categories],
        KeyDates = [.. content.KeyDates],
        Figures = [.. content.Figures],
        Quotes = [.. content.Quotes],
        Agencies = [.. content.Agencies],
        NotesToEditors = Blank(content.NotesToEditors),
        NotesToEditorsHtml = Blank(content.NotesToEditors) is { } notes ? markdown.ToSafeHtml(notes) : null,
        LeadImage = content.LeadImage,
        Gallery = [.. content.Gallery],
        EditedBy = editedBy,
        CreatedUtc = nowUtc,
    };

    public ReleaseContent ToContent() => new()
    {
        Kind = Kind,
        Slug = Slug,
        Headline = Headline,
        Standfirst = Standfirst,
        Body = Body,
        Operation = Operation,
        Unit = Unit,
        Area = Area,
        Categories = Categories,
        KeyDates = KeyDates,
        Figures = Figures,
        Quotes = Quotes,
        Agencies = Agencies,
        NotesToEditors = NotesToEditors,
        LeadImage = LeadImage,
        Gallery = Gallery,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
