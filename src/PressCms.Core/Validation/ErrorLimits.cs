using System.Globalization;

namespace PressCms.Core.Validation;

/// <summary>
/// How much of a bad request is reported back. The first few unknown keys are named, the rest
/// counted, so a body of a million unknown keys costs one line instead of a million copies of the
/// allowed list; an answer lists a bounded number of fields.
/// </summary>
public static class ErrorLimits
{
    public const int UnknownKeysNamed = 5;

    /// <summary>Fields listed in one error answer; the rest are counted under "…".</summary>
    public const int FieldsListed = 25;

    public static string UnknownKeysCounted(int more) =>
        $"{more.ToString("N0", CultureInfo.InvariantCulture)} more unknown key{(more == 1 ? "" : "s")} not listed";

    public static string FieldsCounted(int more) =>
        $"{more.ToString("N0", CultureInfo.InvariantCulture)} more field{(more == 1 ? "" : "s")} with problems not listed; fix those above and send again";
}
