namespace PressCms.Data.Identity;

/// <summary>The staff roles; each permits a set of workflow transitions.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Author = "Author";
    public const string Approver = "Approver";
    public const string Publisher = "Publisher";

    public static readonly IReadOnlyList<string> All = [Administrator, Author, Approver, Publisher];
}
