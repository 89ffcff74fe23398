using FsCheck;
using FsCheck.Fluent;
using Weidu.Pipeline.Engine;

namespace Weidu.Pipeline.Tests;

public class ChunkedListTests
{
    private const int ChunkSize = ChunkedList<TableEntry<string>>.ChunkSize;

    private static TableEntry<string> Entry(long id, IncrementalStepRunReason reason = IncrementalStepRunReason.New) =>
        new(new ItemKey("doc", id), $"value {id}", reason);

    private static ChunkedList<TableEntry<string>> Build(ChunkedList<TableEntry<string>> previous, IEnumerable<TableEntry<string>> entries)
    {
        var builder = new ChunkedList<TableEntry<string>>.Builder(previous, 0);
        foreach (var entry in entries)
        {
            builder.Add(entry);
        }

        return builder.ToList();
    }

    [Fact]
    public void A_rerun_that_keeps_every_entry_but_one_shares_every_chunk_but_that_ones()
    {
        var first = Build(default, Enumerable.Range(0, 4 * ChunkSize + 10).Select(i => Entry(i, IncrementalStepRunReason.Cached)));
        var builder = new ChunkedList<TableEntry<string>>.Builder(first, first.Length);
        for (var i = 0; i < first.Length; i++)
        {
            if (i == ChunkSize + 7)
            {
                builder.Add(first[i] with { Value = "edited", Reason = IncrementalStepRunReason.Modified });
            }
            else
            {
                builder.AddPrevious(first[i], IncrementalStepRunReason.Cached);
            }
        }

        var second = builder.ToList();

        Assert.Equal([true, false, true, true, true], Enumerable.Range(0, 5).Select(c => second.SharesChunk(c, first)));
        Assert.Equal("edited", second[ChunkSize + 7].Value);
        Assert.Equal(IncrementalStepRunReason.Modified, second[ChunkSize + 7].Reason);
        Assert.Equal(first[3 * ChunkSize].Value, second[3 * ChunkSize].Value);
    }

    [Fact]
    public void An_entry_kept_with_a_new_reason_or_moved_to_another_place_is_copied_not_shared()
    {
        var first = Build(default, Enumerable.Range(0, 2 * ChunkSize).Select(i => Entry(i)));
        var reasons = new ChunkedList<TableEntry<string>>.Builder(first, first.Length);
        var moved = new ChunkedList<TableEntry<string>>.Builder(first, first.Length);
        moved.Add(Entry(-1));
        for (var i = 0; i < first.Length; i++)
        {
            reasons.AddPrevious(first[i], i < ChunkSize ? IncrementalStepRunReason.New : IncrementalStepRunReason.Cached);
            moved.AddPrevious(first[i], IncrementalStepRunReason.New);
        }

        var withReasons = reasons.ToList();
        var shifted = moved.ToList();

        Assert.True(withReasons.SharesChunk(0, first));
        Assert.False(withReasons.SharesChunk(1, first));
        Assert.Equal(IncrementalStepRunReason.Cached, withReasons[ChunkSize].Reason);
        Assert.False(shifted.SharesChunk(0, first) || shifted.SharesChunk(1, first));
        Assert.Equal(first.Length + 1, shifted.Length);
        Assert.Equal(first[0], shifted[1]);
    }

    [Fact]
    public void A_whole_chunk_is_taken_as_it_is_and_only_at_a_chunk_boundary()
    {
        var first = Build(default, Enumerable.Range(0, ChunkSize + 3).Select(i => Entry(i, IncrementalStepRunReason.Cached)));
        var builder = new ChunkedList<TableEntry<string>>.Builder(first, first.Length);
        builder.AddChunk(first.ChunkArray(0));
        builder.AddChunk(first.ChunkArray(1));
        var second = builder.ToList();

        Assert.True(second.SharesChunk(0, first) && second.SharesChunk(1, first));
        Assert.Equal(first.Length, second.Length);
        Assert.Equal(first[ChunkSize + 2], second[ChunkSize + 2]);

        var misplaced = new ChunkedList<TableEntry<string>>.Builder(first, first.Length);
        misplaced.Add(Entry(-1));
        Assert.Throws<InvalidOperationException>(() => misplaced.AddChunk(first.ChunkArray(0)));

        var afterShort = new ChunkedList<TableEntry<string>>.Builder(first, first.Length);
        afterShort.AddChunk(first.ChunkArray(1));
        Assert.Throws<InvalidOperationException>(() => afterShort.Add(Entry(-1)));
    }

    [Fact]
    public void A_table_marked_cached_shares_the_chunks_that_are_all_cached_already()
    {
        var first = Build(default, Enumerable.Range(0, 2 * ChunkSize + 1).Select(i => Entry(i, i < ChunkSize ? IncrementalStepRunReason.Cached : IncrementalStepRunReason.Modified)));

        var cached = NodeTable<string>.Create(first, (NodeTable<string>?)null).AsCached().Entries;

        Assert.True(cached.SharesChunk(0, first));
        Assert.False(cached.SharesChunk(1, first) || cached.SharesChunk(2, first));
        foreach (var entry in cached)
        {
            Assert.Equal(IncrementalStepRunReason.Cached, entry.Reason);
        }
    }

    [Fact]
    public void Whatever_is_added_and_kept_the_list_holds_exactly_the_entries_in_order()
    {
        Prop.ForAll(
            Gen.Choose(0, 3 * ChunkSize).SelectMany(n => Gen.ArrayOf(Gen.Elements(0, 1, 2), n)).ToArbitrary(),
            Gen.Choose(0, 3 * ChunkSize).ToArbitrary(),
            (choices, previousLength) =>
            {
                var previous = Build(default, Enumerable.Range(0, previousLength).Select(i => Entry(i)));
                var expected = new List<TableEntry<string>>();
                var builder = new ChunkedList<TableEntry<string>>.Builder(previous, choices.Length);
                for (var i = 0; i < choices.Length; i++)
                {
                    var keep = choices[i] > 0 && i < previous.Length;
                    var entry = keep ? previous[i] with { Reason = (IncrementalStepRunReason)choices[i] } : Entry(10_000 + i);
                    expected.Add(entry);
                    if (keep)
                    {
                        builder.AddPrevious(previous[i], entry.Reason);
                    }
                    else
                    {
                        builder.Add(entry);
                    }
                }

                var list = builder.ToList();
                var actual = new List<TableEntry<string>>();
                foreach (var entry in list)
                {
                    actual.Add(entry);
                }

                Assert.Equal(expected, actual);
                Assert.Throws<ArgumentOutOfRangeException>(() => list[list.Length]);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }
}
