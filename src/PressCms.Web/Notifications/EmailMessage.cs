namespace PressCms.Web.Notifications;

/// <summary>One plain-text email to one member of staff.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);
