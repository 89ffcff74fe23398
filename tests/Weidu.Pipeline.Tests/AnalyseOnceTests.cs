using Weidu.Core;
using Weidu.Entities;
using Weidu.Pipeline.Engine;
using Weidu.Temporal;
using Weidu.Tokenization;

namespace Weidu.Pipeline.Tests;

/// <summary>
/// A streamed chunk is analysed once, item by item, without the engine's tables (<c>BuiltInGraph.AnalyseOnce</c>):
/// its items must be those a batch run of the same document outputs, for every set of built-in stages and with or
/// without the corpus gazetteer, and at an offset they must be those items with every span moved by it.
/// </summary>
public class AnalyseOnceTests
{
    private static readonly SourceText Yearbook = SourceText.From(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt")));

    public static TheoryData<string, bool> Cases => new()
    {
        { "all", true },
        { "all", false },
        { "segmentation,tokenizer", false },
        { "segmentation,temporal", false },
        { "segmentation", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_document_analysed_once_equals_a_run_of_it(string stages, bool collectCorpusGazetteer)
    {
        var options = new CorpusDriverOptions { CollectCorpusGazetteer = collectCorpusGazetteer };
        var batch = new CorpusDriver(Stages(stages), options)
            .Run(Corpus.Create().AddDocument("yearbook", Yearbook))
            .GetRunResult()
            .GetOutputs<AnalysedItem>()
            .ToList();
        var graph = new PipelineGraph(Stages(stages), options).Context.BuiltIns;

        var once = graph.AnalyseOnce(new CorpusDocument("yearbook", Yearbook), 0, CancellationToken.None);

        Assert.NotEmpty(batch);
        Assert.Equal(batch, once);
    }

    [Fact]
    public void At_an_offset_every_span_moves_by_it()
    {
        var graph = new PipelineGraph(Stages("all"), new CorpusDriverOptions { CollectCorpusGazetteer = false }).Context.BuiltIns;
        var document = new CorpusDocument("yearbook", Yearbook);
        var atZero = graph.AnalyseOnce(document, 0, CancellationToken.None);

        var moved = graph.AnalyseOnce(document, 1000, CancellationToken.None);

        Assert.Equal(atZero.Select(item => Move(item, 1000)), moved);
        Assert.Contains(moved, item => item.TemporalMentions.Count > 0 && item.EntityMentions.Count > 0);
    }

    [Fact]
    public void A_cancelled_token_stops_the_analysis()
    {
        var graph = new PipelineGraph(Stages("all"), new CorpusDriverOptions()).Context.BuiltIns;

        Assert.Throws<OperationCanceledException>(() => graph.AnalyseOnce(new CorpusDocument("yearbook", Yearbook), 0, new CancellationToken(canceled: true)));
    }

    private static List<ICorpusStage> Stages(string names)
    {
        var stages = new List<ICorpusStage> { CorpusStages.YearbookSegmentation() };
        foreach (var name in names.Split(','))
        {
            switch (name)
            {
                case "all":
                    stages.AddRange(YearbookFixture.Stages().Skip(1));
                    break;
                case "tokenizer":
                    stages.Add(CorpusStages.ChineseTokenizer(ChineseTokenizer.Default));
                    break;
                case "temporal":
                    stages.Add(CorpusStages.TemporalNormalizer(new TemporalExtractor(new TemporalOptions { ReferenceTime = new DateTime(2020, 1, 1) })));
                    break;
            }
        }

        return stages;
    }

    private static AnalysedItem Move(AnalysedItem item, int offset) => new(
        item.Item with { Span = Moved(item.Item.Span, offset) },
        item.Tokens.AsSpan().ToArray().Select(token => token with { Span = Moved(token.Span, offset) }).ToEquatableArray(),
        item.TemporalMentions.AsSpan().ToArray().Select(mention => mention with { Span = Moved(mention.Span, offset) }).ToEquatableArray(),
        MoveEntities(item.EntityMentions, offset));

    private static EquatableArray<EntityMention> MoveEntities(EquatableArray<EntityMention> mentions, int offset) =>
        mentions.AsSpan().ToArray().Select(mention => mention with { Span = Moved(mention.Span, offset), Nested = MoveEntities(mention.Nested, offset) }).ToEquatableArray();

    private static TextSpan Moved(TextSpan span, int offset) => new(span.Start + offset, span.Length);
}
