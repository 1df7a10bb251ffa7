using System.ComponentModel.DataAnnotations;

namespace PressCms.Web.Storage;

/// <summary>The "PressCms" configuration section.</summary>
public sealed class PressCmsOptions
{
    public const string Section = "PressCms";

    /// <summary>Folder for the SQLite database and media; relative paths are under the content root.</summary>
    [Required]
    public string DataPath { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Folder holding themes; defaults to the themes copied beside the executable.</summary>
    public string? ThemesPath { get; set; }

    /// <summary>Folder holding recipes; defaults to the recipes copied beside the executable.</summary>
    public string? RecipesPath { get; set; }

    /// <summary>
    /// Folder holding the data protection key ring (sign-in cookies, antiforgery, alert link
    /// tokens); defaults to {DataPath}/keys. Every node must see the same folder.
    /// </summary>
    public string? KeysPath { get; set; }
}

public sealed class DatabaseOptions
{
    /// <summary>Sqlite (default, no server) or Postgres.</summary>
    [AllowedValues("Sqlite", "Postgres")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Required for Postgres; for Sqlite, empty means {DataPath}/presscms.db.</summary>
    public string? ConnectionString { get; set; }
}
