namespace PressCms.Core.Workflow;

/// <summary>What an approver confirms before approving (police-publishing-rules.md, rules 5 to 8).</summary>
public sealed record ApprovalChecklist(bool Contempt, bool Safeguarding, bool Quotes, bool Images)
{
    public IEnumerable<string> Unticked()
    {
        if (!Contempt)
        {
            yield return "contempt and active proceedings reviewed (Contempt of Court Act 1981)";
        }
        if (!Safeguarding)
        {
            yield return "safeguarding and anonymity reviewed (Sexual Offences (Amendment) Act 1992; Children and Young Persons Act 1933 s.49)";
        }
        if (!Quotes)
        {
            yield return "quotes signed off by the people quoted";
        }
        if (!Images)
        {
            yield return "images cleared for use (APP Images and footage)";
        }
    }
}
