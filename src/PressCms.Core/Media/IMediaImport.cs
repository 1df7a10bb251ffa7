namespace PressCms.Core.Media;

/// <summary>Brings a file into the media library (checked, cleaned, renditions made); the same file twice gives the same image.</summary>
public interface IMediaImport
{
    /// <returns>The library reference ("/media/{id}") to put in a release's lead image.</returns>
    Task<string> ImportAsync(string path, MediaDetails details, string actor, CancellationToken cancellationToken);
}
