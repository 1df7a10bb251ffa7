namespace PressCms.Web.Pages;

/// <summary>Element ids for field keys ("figures[1].value" → "figures-1-value"), so error summaries can link to fields.</summary>
public static class FormIds
{
    public static string For(string field) =>
        field.Replace("[", "-", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace('.', '-');
}
