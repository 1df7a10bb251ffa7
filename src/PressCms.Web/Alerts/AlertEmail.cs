namespace PressCms.Web.Alerts;

/// <summary>One plain-text email to a subscriber; alerts carry the one-click unsubscribe link (RFC 8058), a confirmation does not.</summary>
public sealed record AlertEmail(string To, string Subject, string Body, string? UnsubscribeUrl)
{
    /// <summary>
    /// The left part of the Message-ID, the same each time the same outbox rows are sent, so a copy
    /// sent again after a crash between the relay's acceptance and the stamp is the same message to
    /// mail systems that drop duplicates and to mail programs. Null: a fresh one.
    /// </summary>
    public string? MessageKey { get; init; }
}
