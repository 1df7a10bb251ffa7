namespace PressCms.Web.Setup;

/// <summary>
/// The newsroom's public address ("https://news.example.police.uk"): the origin that email alerts,
/// staff notices and hub pings link to. Pages and feeds use the address each request came to.
/// </summary>
public static class PublicAddress
{
    public const int MaxLength = 200;

    /// <summary>The address as kept (scheme, host and port, no trailing slash), or the reason it cannot be.</summary>
    public static (string? Address, string? Error) Check(string? typed, bool plainHttpAllowed)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
        {
            return (null, "Enter the address the public reads the newsroom at, like https://news.example.police.uk");
        }
        if (text.Length > MaxLength)
        {
            return (null, $"Keep the address to {MaxLength} characters");
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Host.Length == 0)
        {
            return (null, "Enter a whole web address starting https://, like https://news.example.police.uk");
        }
        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.AbsolutePath != "/")
        {
            return (null, "Enter the address without a path, query or name and password: just https:// and the host, like https://news.example.police.uk");
        }
        if (uri.Scheme == Uri.UriSchemeHttp && !plainHttpAllowed && !uri.IsLoopback)
        {
            return (null, "The public address must start https:// so links in emails are not sent in the clear");
        }
        return (uri.GetLeftPart(UriPartial.Authority), null);
    }
}
