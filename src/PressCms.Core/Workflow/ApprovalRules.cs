using PressCms.Core.Releases;

namespace PressCms.Core.Workflow;

/// <summary>What an approval needs besides the workflow table: a second person, and every check ticked.</summary>
public static class ApprovalRules
{
    /// <summary>
    /// Nobody approves words they wrote: everyone who edited since the last approval, always the
    /// latest revision's writer (a recalled revision resubmitted unchanged), and the writers of words restored from older revisions.
    /// </summary>
    public static void EnsureSecondPerson(IReadOnlyList<Revision> revisions, int? lastApproved, int latest, Actor actor)
    {
        var from = Math.Min((lastApproved ?? 0) + 1, latest);
        var changed = revisions.Where(r => r.Number >= from && r.Number <= latest).ToList();
        var editors = changed.Select(r => r.EditedBy)
            .Concat(changed.Where(r => r.RestoredFrom is not null).Select(r => revisions.Single(o => o.Number == r.RestoredFrom).EditedBy));
        if (editors.Contains(actor.Name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ReleaseRuleException("approver-wrote-revision", "You wrote or edited this revision; a second person must approve it");
        }
    }

    public static void EnsureChecklist(ApprovalChecklist checklist)
    {
        var unticked = checklist.Unticked().ToList();
        if (unticked.Count > 0)
        {
            throw new ReleaseRuleException("checklist-incomplete", "Confirm every check before approving: " + string.Join("; ", unticked));
        }
    }
}
