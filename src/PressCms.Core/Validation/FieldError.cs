namespace PressCms.Core.Validation;

/// <summary>A problem with one field. Field uses the recipe / API key path, e.g. <c>figures[1].value</c>.</summary>
public sealed record FieldError(string Field, string Message);
