using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PressCms.Core.Audit;

/// <summary>
/// One line of the append-only audit trail. Each entry carries the SHA-256 of the one before it,
/// so changing or removing any entry breaks every hash after it (see <see cref="AuditChain"/>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The hash the first entry points back to.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEntry()
    {
    }

    /// <summary>1, 2, 3, … with no gaps; unique, so two writers can never both extend the same entry.</summary>
    public long Sequence { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string Actor { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string? ReleaseId { get; private set; }
    public int? RevisionNumber { get; private set; }
    public string? Detail { get; private set; }
    /// <summary>How the actor reached us: admin, api, cli, recipe or system.</summary>
    public string Channel { get; private set; } = "";
    public string PreviousHash { get; private set; } = GenesisHash;
    public string Hash { get; private set; } = "";

    public static AuditEntry After(AuditEntry? previous, AuditRecord record) => Seal(new AuditEntry
    {
        Sequence = (previous?.Sequence ?? 0) + 1,
        AtUtc = record.AtUtc,
        Actor = record.Actor,
        Action = record.Action,
        ReleaseId = record.ReleaseId,
        RevisionNumber = record.RevisionNumber,
        Detail = record.Detail,
        Channel = record.Channel,
        PreviousHash = previous?.Hash ?? GenesisHash,
    });

    /// <summary>The hash this entry should have, computed from its fields; differs from <see cref="Hash"/> if it was altered.</summary>
    public string ComputeHash()
    {
        // Each field is length-prefixed, so no two different entries can serialize to the same text.
        var text = new StringBuilder();
        foreach (var field in new[]
        {
            Sequence.ToString(CultureInfo.InvariantCulture), AtUtc.ToString("O", CultureInfo.InvariantCulture), Actor, Action,
            ReleaseId ?? "", RevisionNumber?.ToString(CultureInfo.InvariantCulture) ?? "", Detail ?? "", Channel, PreviousHash,
        })
        {
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static AuditEntry Seal(AuditEntry entry)
    {
        // PostgreSQL keeps microseconds, .NET ticks are 100 ns: seal the time as it will be read back.
        var utc = DateTime.SpecifyKind(entry.AtUtc, DateTimeKind.Utc);
        entry.AtUtc = utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond));
        entry.Hash = entry.ComputeHash();
        return entry;
    }
}
