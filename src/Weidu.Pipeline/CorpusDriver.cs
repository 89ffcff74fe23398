using System.Collections.Immutable;
using Weidu.Core;
using Weidu.Pipeline.Engine;

namespace Weidu.Pipeline;

/// <summary>
/// Runs the stages' graph over a <see cref="Corpus"/>. A driver is immutable: <see cref="Run(Corpus, CancellationToken)"/>
/// returns a new driver that holds every node's state table, so that running it on an edited corpus recomputes
/// only the items the edit touched. Drivers are thread-safe.
/// </summary>
public sealed partial class CorpusDriver
{
    private readonly PipelineGraph _graph;
    private readonly ImmutableDictionary<object, object> _tables;
    private readonly CorpusRunResult _result;

    /// <summary>Creates a driver for <paramref name="stages"/>; built-in stages are initialised before the others, whatever their order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stages"/> is null or holds null.</exception>
    public CorpusDriver(IEnumerable<ICorpusStage> stages, CorpusDriverOptions? options = null)
        : this(new PipelineGraph(stages, options ?? new CorpusDriverOptions()), ImmutableDictionary<object, object>.Empty, CorpusRunResult.Empty)
    {
    }

    private CorpusDriver(PipelineGraph graph, ImmutableDictionary<object, object> tables, CorpusRunResult result)
    {
        _graph = graph;
        _tables = tables;
        _result = result;
    }

    /// <summary>Creates a driver for <paramref name="stages"/> with default options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stages"/> is null or holds null.</exception>
    public static CorpusDriver Create(params ICorpusStage[] stages) => new(stages);

    /// <summary>Runs the graph over <paramref name="corpus"/>, reusing this driver's state, and returns the driver that holds the new state.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; this driver is unaffected.</exception>
    public CorpusDriver Run(Corpus corpus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var run = new RunState(corpus, _tables, _graph.Options, cancellationToken);

        // Sized first and copied without boxing: after a small edit, gathering every item's outputs is a good part of
        // what a re-run allocates.
        var tables = _graph.Outputs.Select(node => run.GetTable(node)).ToArray();
        var count = 0;
        foreach (var table in tables)
        {
            foreach (var entry in table.Entries)
            {
                count += entry.Value.Outputs.Length;
            }
        }

        var outputs = ImmutableArray.CreateBuilder<object>(count);
        var diagnostics = new List<Diagnostic>();
        foreach (var table in tables)
        {
            foreach (var entry in table.Entries)
            {
                outputs.AddRange(entry.Value.Outputs);
                foreach (var diagnostic in entry.Value.Diagnostics)
                {
                    diagnostics.Add(diagnostic);
                }
            }
        }

        return new CorpusDriver(_graph, run.Tables, new CorpusRunResult(outputs.MoveToImmutable(), diagnostics.ToEquatableArray(), run.Steps));
    }

    /// <summary>The result of the run that made this driver (empty for a driver that has not run).</summary>
    public CorpusRunResult GetRunResult() => _result;
}
