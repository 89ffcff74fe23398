namespace Weidu.Pipeline.Engine;

/// <summary>
/// Applies a function to each item. An item whose input is cached or unchanged keeps its previous output
/// without calling the function; the others are computed, in parallel, and compared with their previous
/// output by key to tell <see cref="IncrementalStepRunReason.Unchanged"/> from <see cref="IncrementalStepRunReason.Modified"/>.
/// </summary>
internal sealed class SelectNode<TInput, TOutput>(
    IIncrementalNode<TInput> source,
    Func<TInput, CancellationToken, TOutput> selector,
    IEqualityComparer<TOutput>? comparer = null,
    string? name = null) : IConfigurableNode<TOutput>
{
    private readonly IEqualityComparer<TOutput> _comparer = comparer ?? EqualityComparer<TOutput>.Default;

    public SelectNode<TInput, TOutput> With(IEqualityComparer<TOutput>? newComparer, string? newName) =>
        new(source, selector, newComparer ?? _comparer, newName ?? name);

    IIncrementalNode<TOutput> IConfigurableNode<TOutput>.With(IEqualityComparer<TOutput>? newComparer, string? newName) => With(newComparer, newName);

    public NodeTable<TOutput> Update(RunState run, NodeTable<TOutput>? previous)
    {
        var input = run.GetTable(source);
        NodeTable<TOutput> table;
        if (previous is not null && input.IsCached)
        {
            table = previous.AsCached();
        }
        else
        {
            var reusable = run.TryGetPrevious(source, out var previousInput) ? previous?.ReusableChunks(input, previousInput) : null;
            var pending = new List<int>();
            for (var i = 0; i < input.Entries.Length; i++)
            {
                if (NodeTable<TOutput>.IsReusableChunkAt(reusable, i))
                {
                    i += ChunkedList<TableEntry<TInput>>.ChunkSize - 1;
                }
                else if (!(input.Entries[i].IsReusable && previous is not null && previous.TryGet(input.Entries[i].Key, out _, i)))
                {
                    pending.Add(i);
                }
            }

            var computed = run.Compute(pending, i => Compute(run, input.Entries[i], i, previous));
            table = NodeTable<TOutput>.Create(NodeTable<TOutput>.Merge(input, previous, pending, computed, IncrementalStepRunReason.Cached, reusable), previous);
        }

        run.Track(name, table, previous, i => input.Entries[i].Value);
        return table;
    }

    private TableEntry<TOutput> Compute(RunState run, TableEntry<TInput> item, int position, NodeTable<TOutput>? previous)
    {
        var value = selector(item.Value, run.CancellationToken);
        var reason = IncrementalStepRunReason.New;
        if (previous is not null && previous.TryGet(item.Key, out var old, position))
        {
            reason = _comparer.Equals(old.Value, value) ? IncrementalStepRunReason.Unchanged : IncrementalStepRunReason.Modified;
        }

        return new TableEntry<TOutput>(item.Key, value, reason);
    }
}
