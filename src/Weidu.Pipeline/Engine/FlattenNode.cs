using System.Collections.Immutable;

namespace Weidu.Pipeline.Engine;

/// <summary>
/// Flattens each parent's children into items of their own, and gives every child a key that survives edits.
/// </summary>
/// <remarks>
/// The identity rule: a child of a changed parent is matched to a child of the same parent in the previous run
/// (1) by content identity (the child itself, or what the identity selector makes of it), equal identities
/// pairing up in order; then (2) each run of unmatched children between two matched neighbours is paired, in
/// order, with the unmatched previous children between the same neighbours: an edited child sits where its old
/// self sat. A matched child keeps the old child's key; a child left over is new; an old child left over is
/// removed. So inserting a child makes it <see cref="IncrementalStepRunReason.New"/> without disturbing the
/// children after it, and editing one makes it <see cref="IncrementalStepRunReason.Modified"/>.
/// Children of a cached parent are reused as they were.
/// </remarks>
internal sealed class FlattenNode<T>(
    IIncrementalNode<ImmutableArray<T>> source,
    Func<T, object?>? identity,
    IEqualityComparer<object?>? identityComparer,
    IEqualityComparer<T>? comparer = null,
    string? name = null) : IConfigurableNode<T>
{
    private readonly IEqualityComparer<T> _comparer = comparer ?? EqualityComparer<T>.Default;

    public FlattenNode<T> With(IEqualityComparer<T>? newComparer, string? newName) =>
        new(source, identity, identityComparer, newComparer ?? _comparer, newName ?? name);

    IIncrementalNode<T> IConfigurableNode<T>.With(IEqualityComparer<T>? newComparer, string? newName) => With(newComparer, newName);

    public NodeTable<T> Update(RunState run, NodeTable<T>? previous)
    {
        var input = run.GetTable(source);
        NodeTable<T> table;
        if (previous is not null && input.IsCached)
        {
            table = previous.AsCached();
        }
        else
        {
            var oldOrigins = previous?.State as ChunkedList<Origin>? ?? default;
            var byParent = RangesByParent(oldOrigins);
            var nextId = Math.Max(previous?.NextId ?? 0, 1);
            var entries = NodeTable<T>.CreateBuilder(previous, oldOrigins.Length);
            var origins = new ChunkedList<Origin>.Builder(oldOrigins, oldOrigins.Length);
            foreach (var parent in input.Entries)
            {
                run.CancellationToken.ThrowIfCancellationRequested();
                var (start, count) = previous is not null && byParent.TryGetValue(parent.Key, out var range) ? range : (0, 0);
                if (parent.IsReusable && previous is not null)
                {
                    for (var i = start; i < start + count; i++)
                    {
                        entries.AddPrevious(previous.Entries[i], IncrementalStepRunReason.Cached);
                        origins.Add(oldOrigins[i], isPreviousItemHere: i == origins.Count);
                    }

                    continue;
                }

                nextId = Match(parent.Key, parent.Value, previous?.Entries ?? default, oldOrigins, start, count, entries, origins, nextId);
            }

            table = NodeTable<T>.Create(entries.ToList(), previous, nextId, origins.ToList());
        }

        run.Track(name, table, previous, static _ => (object?)null);
        return table;
    }

    /// <summary>Where each parent's children lie in the previous table: this node writes them one parent after another.</summary>
    private static Dictionary<ItemKey, (int Start, int Count)> RangesByParent(ChunkedList<Origin> origins)
    {
        var ranges = new Dictionary<ItemKey, (int Start, int Count)>();
        var start = 0;
        for (var i = 1; i <= origins.Length; i++)
        {
            if (i == origins.Length || origins[i].Parent != origins[start].Parent)
            {
                ranges.Add(origins[start].Parent, (start, i - start));
                start = i;
            }
        }

        return ranges;
    }

    private long Match(
        ItemKey parentKey,
        ImmutableArray<T> children,
        ChunkedList<TableEntry<T>> oldEntries,
        ChunkedList<Origin> oldOrigins,
        int oldStart,
        int oldCount,
        ChunkedList<TableEntry<T>>.Builder entries,
        ChunkedList<Origin>.Builder origins,
        long nextId)
    {
        var identities = new object?[children.Length];
        var match = new int[children.Length];
        var comparerForIdentity = identityComparer ?? new BoxedComparer(_comparer);
        var unclaimed = new Dictionary<Boxed, Queue<int>>(new BoxedKeyComparer(comparerForIdentity));
        for (var i = 0; i < oldCount; i++)
        {
            var key = new Boxed(oldOrigins[oldStart + i].Identity);
            if (!unclaimed.TryGetValue(key, out var queue))
            {
                queue = new Queue<int>();
                unclaimed.Add(key, queue);
            }

            queue.Enqueue(i);
        }

        var oldMatched = new bool[oldCount];
        for (var j = 0; j < children.Length; j++)
        {
            identities[j] = identity is null ? children[j] : identity(children[j]);
            match[j] = unclaimed.TryGetValue(new Boxed(identities[j]), out var queue) && queue.TryDequeue(out var i) ? i : -1;
            if (match[j] >= 0)
            {
                oldMatched[match[j]] = true;
            }
        }

        PairGaps(match, oldMatched);
        for (var j = 0; j < children.Length; j++)
        {
            TableEntry<T> entry;
            if (match[j] < 0)
            {
                entry = new TableEntry<T>(new ItemKey(parentKey.DocumentId, nextId++), children[j], IncrementalStepRunReason.New);
            }
            else
            {
                var old = oldEntries[oldStart + match[j]];
                var reason = _comparer.Equals(old.Value, children[j]) ? IncrementalStepRunReason.Unchanged : IncrementalStepRunReason.Modified;
                entry = new TableEntry<T>(old.Key, children[j], reason);
            }

            entries.Add(entry);
            origins.Add(new Origin(identities[j], parentKey));
        }

        return nextId;
    }

    /// <summary>
    /// Pairs unmatched new and old children that lie between the same two anchors, in order. Anchors are the
    /// identity matches that keep their relative order (taken greedily from the start), so the anchors cut both
    /// sequences into the same number of gaps and every unmatched child falls into exactly one.
    /// </summary>
    private static void PairGaps(int[] match, bool[] oldMatched)
    {
        var newGap = new int[match.Length];
        var anchorOldPositions = new List<int>();
        var lastAnchor = -1;
        for (var j = 0; j < match.Length; j++)
        {
            if (match[j] > lastAnchor)
            {
                lastAnchor = match[j];
                anchorOldPositions.Add(lastAnchor);
            }

            newGap[j] = anchorOldPositions.Count;
        }

        var oldByGap = new Dictionary<int, Queue<int>>();
        var gap = 0;
        for (var i = 0; i < oldMatched.Length; i++)
        {
            while (gap < anchorOldPositions.Count && anchorOldPositions[gap] < i)
            {
                gap++;
            }

            if (!oldMatched[i])
            {
                if (!oldByGap.TryGetValue(gap, out var queue))
                {
                    queue = new Queue<int>();
                    oldByGap.Add(gap, queue);
                }

                queue.Enqueue(i);
            }
        }

        for (var j = 0; j < match.Length; j++)
        {
            if (match[j] < 0 && oldByGap.TryGetValue(newGap[j], out var queue) && queue.TryDequeue(out var i))
            {
                match[j] = i;
            }
        }
    }

    /// <summary>Where an item came from: the content identity it is matched by next run, and the key of its parent.</summary>
    private readonly record struct Origin(object? Identity, ItemKey Parent);

    /// <summary>Wraps an identity so that null is a dictionary key like any other.</summary>
    private readonly record struct Boxed(object? Value);

    private sealed class BoxedKeyComparer(IEqualityComparer<object?> inner) : IEqualityComparer<Boxed>
    {
        public bool Equals(Boxed x, Boxed y) => inner.Equals(x.Value, y.Value);

        public int GetHashCode(Boxed obj) => obj.Value is null ? 0 : inner.GetHashCode(obj.Value);
    }

    private sealed class BoxedComparer(IEqualityComparer<T> inner) : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y) => inner.Equals((T)x!, (T)y!);

        public int GetHashCode(object? obj) => obj is null ? 0 : inner.GetHashCode((T)obj);
    }
}
