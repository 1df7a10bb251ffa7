namespace PressCms.Core.Releases;

/// <summary>A dated fact ("Operation ran 18–23 May 2020"). From is null only while a form is being corrected.</summary>
public sealed record KeyDate(string Label, DateOnly? From, DateOnly? To = null);
