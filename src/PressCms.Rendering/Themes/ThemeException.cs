namespace PressCms.Rendering.Themes;

/// <summary>A theme could not be loaded; the message names the file and what is wrong with it.</summary>
public sealed class ThemeException(string message, Exception? inner = null) : Exception(message, inner);
