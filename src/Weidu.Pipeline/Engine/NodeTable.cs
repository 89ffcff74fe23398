namespace Weidu.Pipeline.Engine;

/// <summary>One item in a node's state table.</summary>
/// <param name="Key">The item's persistent identity.</param>
/// <param name="Value">The node's output for the item.</param>
/// <param name="Reason">How the value came about in the run that built the table.</param>
internal readonly record struct TableEntry<T>(ItemKey Key, T Value, IncrementalStepRunReason Reason)
{
    /// <summary>Whether a downstream node may reuse its own previous output for this item.</summary>
    public bool IsReusable => Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;
}

/// <summary>
/// The outputs of one node after one run, in order, with the reason for each; the driver keeps one per node
/// between runs so the next run can compare against it.
/// </summary>
internal sealed class NodeTable<T>
{
    private Dictionary<ItemKey, int>? _index;

    private NodeTable(ChunkedList<TableEntry<T>> entries, bool isCached, long nextId, object? state)
    {
        Entries = entries;
        IsCached = isCached;
        NextId = nextId;
        State = state;
    }

    /// <summary>The entries in output order.</summary>
    public ChunkedList<TableEntry<T>> Entries { get; }

    /// <summary>
    /// Whether the table holds the same keys in the same order as the previous run's and every entry is
    /// cached or unchanged, so a downstream node can reuse its whole previous table.
    /// </summary>
    public bool IsCached { get; }

    /// <summary>The next item number a flatten node allocates; numbers are never reused.</summary>
    public long NextId { get; }

    /// <summary>What the node that built the table keeps for its next run besides the entries (a flatten node: where each item came from).</summary>
    public object? State { get; }

    /// <summary>Builds a table, working out <see cref="IsCached"/> against <paramref name="previous"/>.</summary>
    public static NodeTable<T> Create<TPrevious>(ChunkedList<TableEntry<T>> entries, NodeTable<TPrevious>? previous, long nextId = 0, object? state = null)
    {
        var isCached = previous is not null && previous.Entries.Length == entries.Length;
        for (var i = 0; isCached && i < entries.Length; i++)
        {
            isCached = entries[i].IsReusable && entries[i].Key == previous!.Entries[i].Key;
        }

        return new NodeTable<T>(entries, isCached, nextId, state);
    }

    /// <summary>The same entries, all marked cached: what a node returns when none of its inputs changed.</summary>
    public NodeTable<T> AsCached() => new(Entries.MapChunks(CachedChunk), isCached: true, NextId, State);

    /// <summary>
    /// For a node whose items are its input's, one for one and in order (a select, an output, a combine with one
    /// value): the chunks its next table can take whole from this table, with every entry cached — those where the
    /// input's chunk is the previous input's own array (the same items, carried over) and every item is reusable.
    /// Null when there is none, or when this table is not its previous input's item for item.
    /// </summary>
    public bool[]? ReusableChunks<TInput>(NodeTable<TInput> input, NodeTable<TInput>? previousInput)
    {
        if (previousInput is null || Entries.Length != previousInput.Entries.Length)
        {
            return null;
        }

        bool[]? reusable = null;
        for (var c = 0; c < input.Entries.ChunkCount; c++)
        {
            if (input.Entries.SharesChunk(c, previousInput.Entries) && AreReusable(input.Entries.Chunk(c)))
            {
                (reusable ??= new bool[input.Entries.ChunkCount])[c] = true;
            }
        }

        return reusable;

        static bool AreReusable(ReadOnlySpan<TableEntry<TInput>> entries)
        {
            foreach (ref readonly var entry in entries)
            {
                if (!entry.IsReusable)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Appends to <paramref name="entries"/>, whole and with every entry cached, this table's chunk that starts at
    /// <paramref name="index"/> (one <see cref="ReusableChunks"/> found); returns the index of its last entry.
    /// </summary>
    public int AddCachedChunkAt(ChunkedList<TableEntry<T>>.Builder entries, int index)
    {
        var chunk = CachedChunk(index >> ChunkedList<TableEntry<T>>.ChunkShift);
        entries.AddChunk(chunk);
        return index + chunk.Length - 1;
    }

    /// <summary>Chunk <paramref name="chunk"/> of the entries, every entry cached: the chunk itself when it already is.</summary>
    private TableEntry<T>[] CachedChunk(int chunk)
    {
        var entries = Entries.Chunk(chunk);
        foreach (ref readonly var entry in entries)
        {
            if (entry.Reason != IncrementalStepRunReason.Cached)
            {
                var cached = entries.ToArray();
                foreach (ref var copy in cached.AsSpan())
                {
                    copy = copy with { Reason = IncrementalStepRunReason.Cached };
                }

                return cached;
            }
        }

        return Entries.ChunkArray(chunk);
    }

    /// <summary>
    /// The entries of a per-item node's next table: for the items of <paramref name="input"/> at
    /// <paramref name="pending"/> (ascending), the entries <paramref name="computed"/> for them in that order; for every
    /// other item, its entry in <paramref name="previous"/> with <paramref name="kept"/> as its reason — a whole chunk
    /// of them at once where <paramref name="reusableChunks"/> (from <see cref="ReusableChunks"/>, so only with
    /// <paramref name="kept"/> cached) says the input's chunk was carried over.
    /// </summary>
    public static ChunkedList<TableEntry<T>> Merge<TInput>(NodeTable<TInput> input, NodeTable<T>? previous, List<int> pending, TableEntry<T>[] computed, IncrementalStepRunReason kept, bool[]? reusableChunks = null)
    {
        var entries = CreateBuilder(previous, input.Entries.Length);
        var next = 0;
        for (var i = 0; i < input.Entries.Length; i++)
        {
            if (IsReusableChunkAt(reusableChunks, i))
            {
                i = previous!.AddCachedChunkAt(entries, i);
            }
            else if (next < pending.Count && pending[next] == i)
            {
                entries.Add(computed[next++]);
            }
            else
            {
                previous!.TryGet(input.Entries[i].Key, out var old, i);
                entries.AddPrevious(old, kept);
            }
        }

        return entries.ToList();
    }

    /// <summary>A builder for this node's next table, which shares the chunks of this one that come out equal.</summary>
    /// <summary>Whether <paramref name="index"/> starts a chunk that <see cref="ReusableChunks"/> found reusable.</summary>
    public static bool IsReusableChunkAt(bool[]? reusableChunks, int index) =>
        reusableChunks is not null
        && (index & (ChunkedList<TableEntry<T>>.ChunkSize - 1)) == 0
        && reusableChunks[index >> ChunkedList<TableEntry<T>>.ChunkShift];

    public static ChunkedList<TableEntry<T>>.Builder CreateBuilder(NodeTable<T>? previous, int capacity) => new(previous?.Entries ?? default, capacity);

    /// <summary>
    /// Finds the entry with <paramref name="key"/>, looking first at <paramref name="likelyPosition"/>: the tables of
    /// one run and the next mostly hold the same keys in the same order, so most look-ups need no index.
    /// </summary>
    public bool TryGet(ItemKey key, out TableEntry<T> entry, int likelyPosition = -1)
    {
        var index = IndexOf(key, likelyPosition);
        entry = index >= 0 ? Entries[index] : default;
        return index >= 0;
    }

    /// <summary>Where the entry with <paramref name="key"/> is, or -1; looks first at <paramref name="likelyPosition"/> as <see cref="TryGet"/> does.</summary>
    public int IndexOf(ItemKey key, int likelyPosition = -1)
    {
        if ((uint)likelyPosition < (uint)Entries.Length && Entries[likelyPosition].Key == key)
        {
            return likelyPosition;
        }

        var index = _index;
        if (index is null)
        {
            index = new Dictionary<ItemKey, int>(Entries.Length);
            for (var i = 0; i < Entries.Length; i++)
            {
                index[Entries[i].Key] = i;
            }

            index = Interlocked.CompareExchange(ref _index, index, null) ?? index;
        }

        return index.TryGetValue(key, out var position) ? position : -1;
    }

    /// <summary>The value of a single-value table.</summary>
    public TableEntry<T> Single => Entries[0];

    /// <summary>A table of one entry, working out <see cref="IsCached"/> against <paramref name="previous"/>.</summary>
    public static NodeTable<T> CreateSingle(TableEntry<T> entry, NodeTable<T>? previous) => Create(ChunkedList<TableEntry<T>>.Single(entry), previous);
}

/// <summary>How a node that keeps an item from its previous table adds it to the next one.</summary>
internal static class TableBuilderExtensions
{
    /// <summary>Appends <paramref name="old"/>, an entry of the node's previous table, with <paramref name="reason"/>.</summary>
    public static void AddPrevious<T>(this ChunkedList<TableEntry<T>>.Builder builder, in TableEntry<T> old, IncrementalStepRunReason reason)
    {
        // A key names one entry of a table, so the same key at the same place with the same reason is the same entry.
        var at = builder.Count;
        var isPreviousHere = at < builder.Previous.Length && builder.Previous[at].Key == old.Key && builder.Previous[at].Reason == reason;
        builder.Add(old with { Reason = reason }, isPreviousHere);
    }
}
