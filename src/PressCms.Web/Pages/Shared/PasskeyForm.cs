namespace PressCms.Web.Pages.Shared;

/// <summary>A form that makes (Mode "create") or uses ("get") a passkey through passkey.js; hidden where the browser has no passkeys.</summary>
/// <param name="Handler">The page handler that takes the browser's answer; its options come from Handler + "Options".</param>
public sealed record PasskeyForm(string Mode, string Handler, string Button, bool AskName = false, string? ReturnUrl = null, string? Error = null, bool Secondary = false);
