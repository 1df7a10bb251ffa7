using PressCms.Core.Audit;

namespace PressCms.UnitTests.Core.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < length; i++)
        {
            entries.Add(AuditEntry.After(entries.LastOrDefault(), new AuditRecord(Now.AddMinutes(i), $"officer{i}@example.police.uk", AuditActions.ReleaseEdited, AuditChannels.Admin, "met-1", i + 1, $"edit {i}")));
        }
        return entries;
    }

    [Fact]
    public void Should_hold_for_an_untouched_chain_sealed_entry_by_entry()
    {
        var chain = Chain(5);

        Assert.Null(AuditChain.FirstBreak(chain));
        Assert.Equal(AuditEntry.GenesisHash, chain[0].PreviousHash);
        Assert.All(chain.Skip(1).Zip(chain), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Equal([1L, 2, 3, 4, 5], chain.Select(e => e.Sequence));
    }

    [Fact]
    public void Should_point_at_an_entry_whose_detail_was_changed()
    {
        var chain = Chain(5);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Detail))!.SetValue(chain[2], "nothing happened here");

        var broken = AuditChain.FirstBreak(chain);

        Assert.Equal(3, broken?.Sequence);
        Assert.Contains("altered", broken!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_point_at_the_gap_where_an_entry_was_removed()
    {
        var chain = Chain(5);
        chain.RemoveAt(3);

        Assert.Equal(4, AuditChain.FirstBreak(chain)?.Sequence);
    }

    [Fact]
    public void Should_detect_a_rewritten_entry_even_when_its_own_hash_was_recomputed()
    {
        var chain = Chain(4);
        var forged = AuditEntry.After(chain[0], new AuditRecord(Now, "intruder", AuditActions.ReleasePublished, AuditChannels.Admin));
        chain[1] = forged;

        var broken = AuditChain.FirstBreak(chain);

        Assert.Equal(3, broken?.Sequence);
        Assert.Contains("does not point at the hash of entry 2", broken!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_seal_the_time_to_the_millisecond_so_a_database_that_keeps_microseconds_reads_back_the_same_hash()
    {
        var entry = AuditEntry.After(null, new AuditRecord(Now.AddTicks(1_234_567), "a", "x", "admin"));

        Assert.Equal(0, entry.AtUtc.Ticks % TimeSpan.TicksPerMillisecond);
        Assert.Equal(entry.Hash, entry.ComputeHash());
    }

    [Fact]
    public void Should_seal_every_field_into_the_hash()
    {
        var a = AuditEntry.After(null, new AuditRecord(Now, "a", "x", "admin", "r", 1, "d"));
        var b = AuditEntry.After(null, new AuditRecord(Now, "a", "x", "admin", "r", 2, "d"));
        var c = AuditEntry.After(null, new AuditRecord(Now, "a", "x", "api", "r", 1, "d"));

        Assert.Equal(64, a.Hash.Length);
        Assert.NotEqual(a.Hash, b.Hash);
        Assert.NotEqual(a.Hash, c.Hash);
    }
}
