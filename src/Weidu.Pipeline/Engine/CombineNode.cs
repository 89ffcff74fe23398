namespace Weidu.Pipeline.Engine;

/// <summary>
/// Pairs each item of the left input with the right input's item: with its single value (Combine), or with
/// the item under the same key (an internal join of two providers derived from the same items). An item whose
/// two sides are both cached keeps its previous pair.
/// </summary>
internal sealed class CombineNode<TLeft, TRight>(
    IIncrementalNode<TLeft> left,
    IIncrementalNode<TRight> right,
    bool joinByKey,
    IEqualityComparer<(TLeft, TRight)>? comparer = null,
    string? name = null) : IConfigurableNode<(TLeft Left, TRight Right)>
{
    private readonly IEqualityComparer<(TLeft, TRight)> _comparer = comparer ?? EqualityComparer<(TLeft, TRight)>.Default;

    public CombineNode<TLeft, TRight> With(IEqualityComparer<(TLeft, TRight)>? newComparer, string? newName) =>
        new(left, right, joinByKey, newComparer ?? _comparer, newName ?? name);

    IIncrementalNode<(TLeft Left, TRight Right)> IConfigurableNode<(TLeft Left, TRight Right)>.With(IEqualityComparer<(TLeft Left, TRight Right)>? newComparer, string? newName) => With(newComparer, newName);

    public NodeTable<(TLeft Left, TRight Right)> Update(RunState run, NodeTable<(TLeft Left, TRight Right)>? previous)
    {
        var leftTable = run.GetTable(left);
        var rightTable = run.GetTable(right);
        NodeTable<(TLeft Left, TRight Right)> table;
        if (previous is not null && leftTable.IsCached && rightTable.IsCached)
        {
            table = previous.AsCached();
        }
        else
        {
            var reusable = run.TryGetPrevious(left, out var previousLeft) ? previous?.ReusableChunks(leftTable, previousLeft) : null;
            var entries = NodeTable<(TLeft Left, TRight Right)>.CreateBuilder(previous, leftTable.Entries.Length);
            for (var i = 0; i < leftTable.Entries.Length; i++)
            {
                // A left chunk carried over whose right partners are all reusable is the previous run's combination:
                // the previous table matched every left item, so while this one does too, their chunks line up.
                if (entries.Count == i && NodeTable<(TLeft Left, TRight Right)>.IsReusableChunkAt(reusable, i) && RightIsReusableFor(leftTable, rightTable, i))
                {
                    i = previous!.AddCachedChunkAt(entries, i);
                    continue;
                }

                var item = leftTable.Entries[i];
                TableEntry<TRight> other;
                if (!joinByKey)
                {
                    other = rightTable.Single;
                }
                else if (!rightTable.TryGet(item.Key, out other, i))
                {
                    continue;
                }

                TableEntry<(TLeft Left, TRight Right)> old = default;
                var hadOld = previous is not null && previous.TryGet(item.Key, out old, entries.Count);
                if (hadOld && item.IsReusable && other.IsReusable)
                {
                    entries.AddPrevious(old, IncrementalStepRunReason.Cached);
                    continue;
                }

                var value = (item.Value, other.Value);
                var reason = !hadOld ? IncrementalStepRunReason.New
                    : _comparer.Equals(old.Value, value) ? IncrementalStepRunReason.Unchanged
                    : IncrementalStepRunReason.Modified;
                entries.Add(new TableEntry<(TLeft Left, TRight Right)>(item.Key, value, reason));
            }

            table = NodeTable<(TLeft Left, TRight Right)>.Create(entries.ToList(), previous);
        }

        run.Track(name, table, previous, i => table.Entries[i].Value);
        return table;
    }

    private bool RightIsReusableFor(NodeTable<TLeft> leftTable, NodeTable<TRight> rightTable, int chunkStart)
    {
        if (!joinByKey)
        {
            return rightTable.Single.IsReusable;
        }

        if (rightTable.IsCached)
        {
            return true;
        }

        var end = Math.Min(chunkStart + ChunkedList<TableEntry<TLeft>>.ChunkSize, leftTable.Entries.Length);
        if (rightTable.Entries.Length < end)
        {
            return false;
        }

        for (var i = chunkStart; i < end; i++)
        {
            if (!(rightTable.Entries[i].IsReusable && rightTable.Entries[i].Key == leftTable.Entries[i].Key))
            {
                return false;
            }
        }

        return true;
    }
}
