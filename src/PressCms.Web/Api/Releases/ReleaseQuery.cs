using PressCms.Data.Queries;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Releases;

namespace PressCms.Web.Api.Releases;

/// <summary>The list's filters as given in the query string, checked: status, kind, a headline search and a page number.</summary>
internal sealed class ReleaseQuery
{
    public const int PageSize = 25;

    private readonly string? status;
    private readonly string? kind;
    private readonly string? q;
    private readonly ReleaseStatus? statusFilter;
    private readonly ReleaseKind? kindFilter;

    public ReleaseQuery(string? status, string? kind, string? q, string? page)
    {
        (this.status, this.kind, this.q) = (Blank(status), Blank(kind), Blank(q));
        if (this.status is not null)
        {
            statusFilter = Enum.GetValues<ReleaseStatus>().Cast<ReleaseStatus?>().FirstOrDefault(s => ReleaseResource.Kebab(s!.Value) == this.status);
            Check(statusFilter is not null, "status", $"unknown status '{this.status}'; one of {string.Join(", ", Enum.GetValues<ReleaseStatus>().Select(s => ReleaseResource.Kebab(s)))}");
        }
        if (this.kind is not null)
        {
            Check(ReleaseKinds.TryParse(this.kind, out var parsed), "kind", $"unknown kind '{this.kind}'; one of {ReleaseKinds.AllowedList}");
            kindFilter = parsed;
        }
        Page = 1;
        if (Blank(page) is { } text)
        {
            Check(int.TryParse(text, out var number) && number is >= 1 and <= 100_000, "page", "must be a whole number from 1 to 100000");
            Page = Errors.ContainsKey("page") ? 1 : number;
        }
    }

    public Dictionary<string, string[]> Errors { get; } = [];

    public int Page { get; }

    public IQueryable<Revision> Apply(IQueryable<Revision> latest)
    {
        if (statusFilter is { } s)
        {
            latest = latest.Where(v => v.Release.Status == s);
        }
        if (kindFilter is { } k)
        {
            latest = latest.Where(v => v.Kind == k);
        }
        if (SearchPattern.For(q) is { } pattern)
        {
            latest = latest.Where(v => EF.Functions.Like(v.Headline.ToLower(), pattern));
        }
        return latest.OrderByDescending(v => v.Release.UpdatedUtc).ThenByDescending(v => v.CreatedUtc).ThenBy(v => v.ReleaseId);
    }

    public string LinkTo(int page) =>
        $"/api/releases?status={Uri.EscapeDataString(status ?? "")}&kind={Uri.EscapeDataString(kind ?? "")}&q={Uri.EscapeDataString(q ?? "")}&page={page}";

    private void Check(bool ok, string key, string message)
    {
        if (!ok)
        {
            Errors[key] = [message];
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
