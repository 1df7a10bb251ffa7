namespace PressCms.Web.Alerts;

/// <summary>One plain-text email to a subscriber; alerts carry the one-click unsubscribe link (RFC 8058), a confirmation does not.</summary>
public sealed record AlertEmail(string To, string Subject, string Body, string? UnsubscribeUrl);
