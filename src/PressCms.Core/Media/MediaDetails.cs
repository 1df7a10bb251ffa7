using PressCms.Core.Validation;

namespace PressCms.Core.Media;

/// <summary>
/// What the press office records about an image (police-publishing-rules.md, rule 8): text
/// alternative, caption, credit and conditions of use, who approved its release and why, and
/// when it must be reviewed. Focal point is where a crop must stay centred (0..1 each way).
/// </summary>
public sealed record MediaDetails(
    string Alt, string? Caption, string? Credit, string? Copyright,
    string? ApprovedByName, string? ApprovedByRole, string? ReleaseReason, DateOnly? ReviewOn,
    double FocalX = 0.5, double FocalY = 0.5)
{
    public const int AltMaxLength = 250;

    /// <summary>For the credit and the approving officer's name and role.</summary>
    public const int NameMaxLength = 200;

    /// <param name="requireApproval">Uploads record the approval; a recipe states its images as already approved.</param>
    public IReadOnlyList<FieldError> Validate(bool requireApproval, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Alt))
        {
            errors.Add(new FieldError("alt", "Describe the image for people who cannot see it (text alternative)"));
        }
        else if (Alt.Length > AltMaxLength)
        {
            errors.Add(new FieldError("alt", $"Keep the text alternative to {AltMaxLength} characters; put more in the caption"));
        }
        if (string.IsNullOrWhiteSpace(Credit))
        {
            errors.Add(new FieldError("credit", "Give the image's credit, for example: Metropolitan Police or Getty Images"));
        }
        foreach (var (field, what, text) in new[] { ("credit", "The credit", Credit), ("approvedBy", "The approving officer's name", ApprovedByName), ("approvedBy", "The approving officer's role", ApprovedByRole) })
        {
            if (text is { Length: > NameMaxLength } && !errors.Any(e => e.Field == field))
            {
                errors.Add(new FieldError(field, $"{what} must be {NameMaxLength} characters or fewer"));
            }
        }
        foreach (var (field, what, text) in new[] { ("alt", "The text alternative", Alt), ("caption", "The caption", Caption), ("credit", "The credit", Credit), ("copyright", "The copyright", Copyright) })
        {
            if (PlainText.Unpublishable(text) is { } character && !errors.Any(e => e.Field == field))
            {
                errors.Add(new FieldError(field, PlainText.Refusal(what, character)));
            }
        }
        if (requireApproval)
        {
            if (string.IsNullOrWhiteSpace(ApprovedByName) || string.IsNullOrWhiteSpace(ApprovedByRole))
            {
                errors.Add(new FieldError("approvedBy", "Name the officer who approved releasing the image, and their role (SIO or OIC) — APP Images and footage"));
            }
            if (string.IsNullOrWhiteSpace(ReleaseReason))
            {
                errors.Add(new FieldError("releaseReason", "Give the policing purpose for releasing the image"));
            }
            if (ReviewOn is null)
            {
                errors.Add(new FieldError("reviewOn", "Enter the date the image must be reviewed by"));
            }
            else if (ReviewOn <= today)
            {
                errors.Add(new FieldError("reviewOn", "The review date must be in the future"));
            }
        }
        if (FocalX is < 0 or > 1 || FocalY is < 0 or > 1 || double.IsNaN(FocalX) || double.IsNaN(FocalY))
        {
            errors.Add(new FieldError("focal", "The focal point must lie within the image"));
        }
        return errors;
    }
}
