using Weidu.Pipeline.Engine;

namespace Weidu.Pipeline;

/// <summary>
/// What a stage builds on: the providers of the input documents and of the built-in stages' outputs, and the
/// registration of the stage's own outputs.
/// </summary>
public sealed partial class CorpusStageContext
{
    private readonly List<IIncrementalNode<SinkContents>> _outputs = [];

    internal CorpusStageContext(CorpusDriverOptions options)
    {
        Options = options;
        Documents = new IncrementalValuesProvider<CorpusDocument>(new DocumentsNode());
    }

    /// <summary>The corpus's documents, one item per document, keyed by document id.</summary>
    public IncrementalValuesProvider<CorpusDocument> Documents { get; }

    internal IReadOnlyList<IIncrementalNode<SinkContents>> Outputs => _outputs;

    internal CorpusDriverOptions Options { get; }

    /// <summary>Registers an output: <paramref name="action"/> runs for every item whose input changed, and what it adds to its sink appears in <see cref="CorpusRunResult"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public void RegisterOutput<T>(IncrementalValuesProvider<T> provider, Action<OutputSink, T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _outputs.Add(new OutputNode<T>(provider.Node, action));
    }

    /// <summary>Registers an output for a single value: <paramref name="action"/> runs whenever the value changed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public void RegisterOutput<T>(IncrementalValueProvider<T> provider, Action<OutputSink, T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _outputs.Add(new OutputNode<T>(provider.Node, action));
    }
}
