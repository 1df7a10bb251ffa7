namespace PressCms.Core.Audit;

/// <summary>Checks the audit trail end to end and names the first entry that does not hold.</summary>
public static class AuditChain
{
    public static AuditBreak? FirstBreak(IEnumerable<AuditEntry> entriesInOrder)
    {
        AuditEntry? previous = null;
        foreach (var entry in entriesInOrder)
        {
            var expectedSequence = (previous?.Sequence ?? 0) + 1;
            if (entry.Sequence != expectedSequence)
            {
                return new AuditBreak(expectedSequence, $"entry {expectedSequence} is missing (found {entry.Sequence} next)");
            }
            if (entry.PreviousHash != (previous?.Hash ?? AuditEntry.GenesisHash))
            {
                return new AuditBreak(entry.Sequence, $"entry {entry.Sequence} does not point at the hash of entry {entry.Sequence - 1}");
            }
            if (entry.ComputeHash() != entry.Hash)
            {
                return new AuditBreak(entry.Sequence, $"entry {entry.Sequence} was altered after it was written");
            }
            previous = entry;
        }
        return null;
    }
}

public sealed record AuditBreak(long Sequence, string Reason);
