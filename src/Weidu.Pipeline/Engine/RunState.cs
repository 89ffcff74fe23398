using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Weidu.Pipeline.Engine;

/// <summary>
/// The state of one run: the corpus, the tables of the previous run, the tables built so far (each node is
/// updated once per run, however many nodes read it) and the tracked steps.
/// </summary>
internal sealed class RunState(Corpus corpus, ImmutableDictionary<object, object> previous, CorpusDriverOptions options, CancellationToken cancellationToken)
{
    private readonly Dictionary<object, object> _current = [];
    private readonly Dictionary<string, ImmutableArray<TrackedStep>.Builder> _steps = new(StringComparer.Ordinal);

    public Corpus Corpus { get; } = corpus;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public bool TrackSteps { get; } = options.TrackIncrementalSteps;

    public ParallelOptions ParallelOptions { get; } = new()
    {
        CancellationToken = cancellationToken,
        MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
    };

    /// <summary>This run's table of <paramref name="node"/>, updating the node first if need be.</summary>
    public NodeTable<T> GetTable<T>(IIncrementalNode<T> node)
    {
        if (_current.TryGetValue(node, out var table))
        {
            return (NodeTable<T>)table;
        }

        CancellationToken.ThrowIfCancellationRequested();
        var updated = node.Update(this, previous.TryGetValue(node, out var old) ? (NodeTable<T>)old : null);
        _current[node] = updated;
        return updated;
    }

    /// <summary>
    /// The table <paramref name="node"/> built in the previous run, for a node that updates itself from what
    /// changed in its input rather than from the whole input.
    /// </summary>
    public bool TryGetPrevious<T>(IIncrementalNode<T> node, [NotNullWhen(true)] out NodeTable<T>? table)
    {
        table = previous.TryGetValue(node, out var old) ? (NodeTable<T>)old : null;
        return table is not null;
    }

    /// <summary>
    /// Runs <paramref name="compute"/> for each of <paramref name="indices"/>, in parallel when the options allow and
    /// there is more than one, and returns the results in the order of <paramref name="indices"/>.
    /// </summary>
    public TResult[] Compute<TResult>(List<int> indices, Func<int, TResult> compute)
    {
        var results = new TResult[indices.Count];
        if (indices.Count <= 1 || ParallelOptions.MaxDegreeOfParallelism == 1)
        {
            for (var k = 0; k < results.Length; k++)
            {
                CancellationToken.ThrowIfCancellationRequested();
                results[k] = compute(indices[k]);
            }
        }
        else
        {
            Parallel.For(0, results.Length, ParallelOptions, k => results[k] = compute(indices[k]));
        }

        return results;
    }

    /// <summary>Records the steps of a tracked node: every entry of its new table, and the previous entries it no longer has.</summary>
    public void Track<TInput, TOutput>(string? name, NodeTable<TOutput> table, NodeTable<TOutput>? previous, Func<int, TInput> inputOf)
    {
        if (!TrackSteps || name is null)
        {
            return;
        }

        if (!_steps.TryGetValue(name, out var steps))
        {
            steps = ImmutableArray.CreateBuilder<TrackedStep>();
            _steps.Add(name, steps);
        }

        for (var i = 0; i < table.Entries.Length; i++)
        {
            var entry = table.Entries[i];
            steps.Add(new TrackedStep(name, DocumentIdOf(entry.Key), inputOf(i), entry.Value, entry.Reason));
        }

        if (previous is null || table.IsCached)
        {
            return;
        }

        for (var i = 0; i < previous.Entries.Length; i++)
        {
            var old = previous.Entries[i];
            if (!table.TryGet(old.Key, out _, i))
            {
                steps.Add(new TrackedStep(name, DocumentIdOf(old.Key), null, old.Value, IncrementalStepRunReason.Removed));
            }
        }
    }

    /// <summary>The tables this run built, to keep for the next run.</summary>
    public ImmutableDictionary<object, object> Tables => _current.ToImmutableDictionary(ReferenceEqualityComparer.Instance);

    /// <summary>The tracked steps by tracking name.</summary>
    public ImmutableDictionary<string, ImmutableArray<TrackedStep>> Steps =>
        _steps.ToImmutableDictionary(static p => p.Key, static p => p.Value.ToImmutable(), StringComparer.Ordinal);

    private static string? DocumentIdOf(ItemKey key) => key.DocumentId.Length == 0 ? null : key.DocumentId;
}
