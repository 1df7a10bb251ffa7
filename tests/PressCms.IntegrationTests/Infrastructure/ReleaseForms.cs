using System.Net;

namespace PressCms.IntegrationTests.Infrastructure;

/// <summary>Drives the admin release form the way an officer does.</summary>
public static class ReleaseForms
{
    /// <summary>Creates a draft through the form and returns its edit page path.</summary>
    public static async Task<string> CreateDraftAsync(this AdminClient admin, Action<Dictionary<string, string>> fill)
    {
        var form = await admin.GetPageAsync("/admin/releases/create");
        var fields = AdminClient.FormValues(form);
        fields["Input.Kind"] = "appeal";
        fields["Input.Body"] = "Officers are appealing for witnesses.";
        fill(fields);
        var response = await admin.PostWithTokenAsync(form, "/admin/releases/create?handler=Save", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Posts the edit form as it stands with one of its buttons (Publish, Schedule, Unpublish, Save).</summary>
    public static async Task<HttpResponseMessage> PressAsync(this AdminClient admin, string editPath, string handler, Action<Dictionary<string, string>>? change = null)
    {
        var form = await admin.GetPageAsync(editPath);
        var fields = AdminClient.FormValues(form);
        change?.Invoke(fields);
        return await admin.PostWithTokenAsync(form, $"{editPath}?handler={handler}", fields);
    }
}
