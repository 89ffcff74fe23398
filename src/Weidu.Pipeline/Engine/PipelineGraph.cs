namespace Weidu.Pipeline.Engine;

/// <summary>Marks the built-in stages, which are initialised first and in this order, so that user stages can build on their providers.</summary>
internal interface IBuiltInStage : ICorpusStage
{
    int Order { get; }
}

/// <summary>The graph the stages built, shared by a driver and every driver its runs return.</summary>
internal sealed class PipelineGraph
{
    public PipelineGraph(IEnumerable<ICorpusStage> stages, CorpusDriverOptions options)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(options);
        var list = stages.ToList();
        if (list.Exists(static s => s is null))
        {
            throw new ArgumentNullException(nameof(stages), "A stage is null.");
        }

        // A snapshot: options are mutable, and a driver's behaviour must not change after it is built.
        Options = new CorpusDriverOptions
        {
            TrackIncrementalSteps = options.TrackIncrementalSteps,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            CollectCorpusGazetteer = options.CollectCorpusGazetteer,
        };
        Context = new CorpusStageContext(Options);
        foreach (var stage in list.OfType<IBuiltInStage>().OrderBy(static s => s.Order))
        {
            stage.Initialize(Context);
        }

        Context.CompleteBuiltIns();
        foreach (var stage in list.Where(static s => s is not IBuiltInStage))
        {
            stage.Initialize(Context);
        }

        Outputs = [.. Context.Outputs];
    }

    public CorpusDriverOptions Options { get; }

    public CorpusStageContext Context { get; }

    public IReadOnlyList<IIncrementalNode<SinkContents>> Outputs { get; }
}
