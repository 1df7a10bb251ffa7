namespace PressCms.Core.Media;

/// <summary>A file the library will not take, with a message for the person who offered it.</summary>
public sealed class MediaRefusedException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
