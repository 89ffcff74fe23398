using Weidu.Core;

namespace Weidu.Pipeline.Engine;

/// <summary>Gathers all items into one value, in order; cached while its input's table is.</summary>
internal sealed class CollectNode<T>(IIncrementalNode<T> source, IEqualityComparer<EquatableArray<T>>? comparer = null, string? name = null)
    : IConfigurableNode<EquatableArray<T>>
{
    private readonly IEqualityComparer<EquatableArray<T>> _comparer = comparer ?? EqualityComparer<EquatableArray<T>>.Default;

    public CollectNode<T> With(IEqualityComparer<EquatableArray<T>>? newComparer, string? newName) =>
        new(source, newComparer ?? _comparer, newName ?? name);

    IIncrementalNode<EquatableArray<T>> IConfigurableNode<EquatableArray<T>>.With(IEqualityComparer<EquatableArray<T>>? newComparer, string? newName) => With(newComparer, newName);

    public NodeTable<EquatableArray<T>> Update(RunState run, NodeTable<EquatableArray<T>>? previous)
    {
        var input = run.GetTable(source);
        NodeTable<EquatableArray<T>> table;
        if (previous is not null && input.IsCached)
        {
            table = previous.AsCached();
        }
        else
        {
            var items = new T[input.Entries.Length];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = input.Entries[i].Value;
            }

            var value = new EquatableArray<T>(items);
            var reason = previous is null ? IncrementalStepRunReason.New
                : _comparer.Equals(previous.Single.Value, value) ? IncrementalStepRunReason.Unchanged
                : IncrementalStepRunReason.Modified;
            table = NodeTable<EquatableArray<T>>.CreateSingle(new TableEntry<EquatableArray<T>>(ItemKey.Single, value, reason), previous);
        }

        run.Track(name, table, previous, _ => (object)input.Entries.Length);
        return table;
    }
}
