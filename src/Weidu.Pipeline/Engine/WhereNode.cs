namespace Weidu.Pipeline.Engine;

/// <summary>Keeps the items a predicate accepts, under their own keys; a cached input keeps its previous verdict.</summary>
internal sealed class WhereNode<T>(IIncrementalNode<T> source, Func<T, bool> predicate, IEqualityComparer<T>? comparer = null, string? name = null) : IConfigurableNode<T>
{
    private readonly IEqualityComparer<T> _comparer = comparer ?? EqualityComparer<T>.Default;

    public WhereNode<T> With(IEqualityComparer<T>? newComparer, string? newName) =>
        new(source, predicate, newComparer ?? _comparer, newName ?? name);

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
            var entries = NodeTable<T>.CreateBuilder(previous, input.Entries.Length);
            foreach (var item in input.Entries)
            {
                TableEntry<T> old = default;
                var hadOld = previous is not null && previous.TryGet(item.Key, out old, entries.Count);
                if (item.IsReusable && previous is not null)
                {
                    // Same input, same verdict: an item that was filtered out stays out.
                    if (hadOld)
                    {
                        entries.AddPrevious(old, IncrementalStepRunReason.Cached);
                    }

                    continue;
                }

                run.CancellationToken.ThrowIfCancellationRequested();
                if (predicate(item.Value))
                {
                    var reason = !hadOld ? IncrementalStepRunReason.New
                        : _comparer.Equals(old.Value, item.Value) ? IncrementalStepRunReason.Unchanged
                        : IncrementalStepRunReason.Modified;
                    entries.Add(new TableEntry<T>(item.Key, item.Value, reason));
                }
            }

            table = NodeTable<T>.Create(entries.ToList(), previous);
        }

        run.Track(name, table, previous, i => table.Entries[i].Value);
        return table;
    }
}
