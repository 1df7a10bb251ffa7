namespace PressCms.Web.Api.Releases;

/// <summary>One page of releases, newest change first; Next is the link to the following page, if there is one.</summary>
public sealed record ReleaseList(IReadOnlyList<ReleaseResource> Items, int Page, int PageSize, string? Next);
