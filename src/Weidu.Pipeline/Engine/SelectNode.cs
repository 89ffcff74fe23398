using System.Runtime.InteropServices;

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
            var entries = new TableEntry<TOutput>[input.Entries.Length];
            var pending = new List<int>();
            for (var i = 0; i < entries.Length; i++)
            {
                var item = input.Entries[i];
                if (item.IsReusable && previous is not null && previous.TryGet(item.Key, out var old, i))
                {
                    entries[i] = old with { Reason = IncrementalStepRunReason.Cached };
                }
                else
                {
                    pending.Add(i);
                }
            }

            Compute(run, input, pending, entries, previous);
            table = NodeTable<TOutput>.Create(ImmutableCollectionsMarshal.AsImmutableArray(entries), previous);
        }

        run.Track(name, table, previous, i => input.Entries[i].Value);
        return table;
    }

    private void Compute(RunState run, NodeTable<TInput> input, List<int> pending, TableEntry<TOutput>[] entries, NodeTable<TOutput>? previous) =>
        run.ForEach(pending, i =>
        {
            var item = input.Entries[i];
            var value = selector(item.Value, run.CancellationToken);
            var reason = IncrementalStepRunReason.New;
            if (previous is not null && previous.TryGet(item.Key, out var old, i))
            {
                reason = _comparer.Equals(old.Value, value) ? IncrementalStepRunReason.Unchanged : IncrementalStepRunReason.Modified;
            }

            entries[i] = new TableEntry<TOutput>(item.Key, value, reason);
        });
}
