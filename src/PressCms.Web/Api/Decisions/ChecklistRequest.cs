using PressCms.Core.Workflow;

namespace PressCms.Web.Api.Decisions;

/// <summary>What an approver confirms; every member must be true (police-publishing-rules.md, rules 5 to 8).</summary>
public sealed record ChecklistRequest(bool Contempt, bool Safeguarding, bool Quotes, bool Images)
{
    public static readonly string[] Keys = ["contempt", "safeguarding", "quotes", "images"];

    internal static ChecklistRequest Read(JsonBody body)
    {
        var flags = body.Flags("checklist", Keys);
        return new(flags["contempt"], flags["safeguarding"], flags["quotes"], flags["images"]);
    }

    public ApprovalChecklist ToChecklist() => new(Contempt, Safeguarding, Quotes, Images);

    /// <summary>Each check left unticked, keyed "checklist.images" and so on, in the domain's own words.</summary>
    public Dictionary<string, string[]> Unticked()
    {
        var ticked = new[] { Contempt, Safeguarding, Quotes, Images };
        var unticked = new Dictionary<string, string[]>();
        for (var i = 0; i < Keys.Length; i++)
        {
            if (!ticked[i])
            {
                var only = new ApprovalChecklist(i != 0, i != 1, i != 2, i != 3);
                unticked[$"checklist.{Keys[i]}"] = [$"must be true: confirm {only.Unticked().Single()}"];
            }
        }
        return unticked;
    }
}
