using Weidu.Entities;
using Weidu.Pipeline.BuiltIns;
using Weidu.Pipeline.Engine;
using Weidu.Segmentation;
using Weidu.Temporal;
using Weidu.Tokenization;

namespace Weidu.Pipeline;

/// <summary>
/// The built-in stages, for use without dependency injection: pass them, with your own stages, to
/// <see cref="CorpusDriver(IEnumerable{ICorpusStage}, CorpusDriverOptions?)"/>. Each wraps one library; with
/// any of them the driver's runs output <see cref="AnalysedItem"/>s.
/// </summary>
public static class CorpusStages
{
    /// <summary>
    /// Yearbook segmentation: documents, sections, paragraphs, chronicle months and entries. The stage makes
    /// its segmenters from <paramref name="options"/> (read once, here), because a stream needs one per chunk.
    /// </summary>
    public static ICorpusStage YearbookSegmentation(YearbookSegmenterOptions? options = null)
    {
        var year = options?.Year;
        return new BuiltInStage(0, services =>
        {
            services.Segmentation = true;
            services.ChronicleYear = year;
        });
    }

    /// <summary>Word segmentation of every paragraph and entry.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tokenizer"/> is null.</exception>
    public static ICorpusStage ChineseTokenizer(ChineseTokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        return new BuiltInStage(1, services => services.Tokenizer = tokenizer);
    }

    /// <summary>Temporal expressions, anchored on document dates and on the previous chronicle entry.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is null.</exception>
    public static ICorpusStage TemporalNormalizer(TemporalExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return new BuiltInStage(2, services => services.Temporal = extractor);
    }

    /// <summary>Entity tagging against the gazetteer collected from the whole corpus.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> is null.</exception>
    public static ICorpusStage EntityTagger(EntityTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        return new BuiltInStage(3, services => services.Tagger = tagger);
    }

    /// <summary>All four built-in stages with their libraries' default settings.</summary>
    public static IReadOnlyList<ICorpusStage> Defaults() =>
    [
        YearbookSegmentation(),
        ChineseTokenizer(Tokenization.ChineseTokenizer.Default),
        TemporalNormalizer(new TemporalExtractor()),
        EntityTagger(new EntityTagger()),
    ];

    private sealed class BuiltInStage(int order, Action<BuiltInServices> register) : IBuiltInStage
    {
        public int Order => order;

        public void Initialize(CorpusStageContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            register(context.BuiltInServices);
        }
    }
}
