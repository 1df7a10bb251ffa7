using System.ComponentModel.DataAnnotations;

namespace PressCms.Web.Notifications;

/// <summary>The "PressCms:Email" section. Email is off until a Host is set; the password comes from the environment only.</summary>
public sealed class EmailOptions
{
    public const string Section = "PressCms:Email";

    public bool Enabled { get; set; } = true;

    /// <summary>The SMTP server; empty means email is off.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Upgrade the connection with STARTTLS (required when true); false only for a relay on loopback or a trusted network.</summary>
    public bool StartTls { get; set; } = true;

    /// <summary>The sender, e.g. "Newsroom &lt;newsroom@force.police.uk&gt;".</summary>
    public string From { get; set; } = "newsroom@localhost";

    /// <summary>Sign in to the server when set; set the password with the PressCms__Email__Password environment variable.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsOn => Enabled && !string.IsNullOrWhiteSpace(Host);
}
