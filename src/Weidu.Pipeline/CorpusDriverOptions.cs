namespace Weidu.Pipeline;

/// <summary>Options of a <see cref="CorpusDriver"/> (bound through Microsoft.Extensions.Options under DI).</summary>
public sealed class CorpusDriverOptions
{
    /// <summary>Whether runs record <see cref="CorpusRunResult.TrackedSteps"/>; off by default, as it keeps every step's input and output.</summary>
    public bool TrackIncrementalSteps { get; set; }

    /// <summary>How many items are computed at once; by default one per core.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Whether entity tagging uses a gazetteer collected from the whole corpus (the default) or only the tagger's
    /// own. A stream cannot see its whole corpus before it ends, so it collects one per chunk; turn this off for
    /// streamed results that equal batch ones.
    /// </summary>
    public bool CollectCorpusGazetteer { get; set; } = true;
}
