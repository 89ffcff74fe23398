namespace Weidu.Pipeline;

/// <summary>
/// A stage of the pipeline: it builds its part of the provider graph from the providers a
/// <see cref="CorpusStageContext"/> offers, and registers its outputs. The built-in stages (segmentation,
/// tokenization, temporal, entities) are stages like any other; a user's stage builds on their providers.
/// </summary>
public interface ICorpusStage
{
    /// <summary>Builds the stage's graph; called once when a driver is created.</summary>
    void Initialize(CorpusStageContext context);
}
