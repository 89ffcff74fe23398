using Weidu.Core;
using Weidu.Entities;
using Weidu.Segmentation;
using Weidu.Temporal;
using Weidu.Tokenization;
using AnnotatedItem = (((Weidu.Pipeline.CorpusItem Left, Weidu.Pipeline.AnnotatedText<Weidu.Tokenization.Token> Right) Left,
    Weidu.Pipeline.AnnotatedText<Weidu.Temporal.TemporalMention> Right) Left, Weidu.Pipeline.AnnotatedText<Weidu.Entities.EntityMention> Right);

namespace Weidu.Pipeline.BuiltIns;

/// <summary>The library services the built-in stages brought; a stage that was not added leaves its service null.</summary>
internal sealed class BuiltInServices
{
    /// <summary>Whether the segmentation stage was added.</summary>
    public bool Segmentation { get; set; }

    /// <summary>The year of a chronicle whose title prints none, from the segmentation options.</summary>
    public int? ChronicleYear { get; set; }

    public ChineseTokenizer? Tokenizer { get; set; }

    public TemporalExtractor? Temporal { get; set; }

    public EntityTagger? Tagger { get; set; }

    public bool Any => Segmentation || Tokenizer is not null || Temporal is not null || Tagger is not null;
}

/// <summary>
/// The built-in part of the graph. Per document: <c>segment</c>. Per item (paragraph or entry, matched across
/// runs by its position-free node): its clean text, which compares equal when only the item's position changed
/// and so cuts everything below off from edits elsewhere; <c>tokenize</c> on that text; <c>temporal</c> on the
/// text and its explicit date context; <c>entities</c> on the text paired with the part of the corpus gazetteer
/// whose names occur in it (<c>restrict</c>; the gazetteer itself is tallied from every item's contribution as
/// <c>gazetteer</c>). The analysed items join these back and map their spans to the source.
/// </summary>
internal sealed class BuiltInGraph
{
    /// <summary>Builds the graph on <paramref name="documents"/>; <paramref name="chronicleYear"/> overrides the options' year of chronicles without one.</summary>
    public BuiltInGraph(IncrementalValuesProvider<CorpusDocument> documents, BuiltInServices services, CorpusDriverOptions options, int? chronicleYear = null)
    {
        Services = services;
        Options = options;
        var segmenter = new YearbookSegmenter(new YearbookSegmenterOptions { Year = services.ChronicleYear ?? chronicleYear });
        Segmenter = segmenter;
        DocumentTrees = documents
            .Select((document, _) => new SegmentedDocument(document.Id, segmenter.Segment(document.Text, document.Id)))
            .WithTrackingName("segment");
        var resolveEntryDates = services.Temporal is not null;
        Items = DocumentTrees.SelectMany((document, _) => ItemFlattener.Flatten(document, resolveEntryDates), static item => item.Node);
        var texts = Items.Select(static (item, _) => item.Text);

        Tokens = services.Tokenizer is { } tokenizer
            ? texts.Select((text, _) => new AnnotatedText<Token>(text, tokenizer.Tokenize(text))).WithTrackingName("tokenize")
            : texts.Select(static (text, _) => new AnnotatedText<Token>(text, EquatableArray<Token>.Empty));

        if (services.Temporal is { } extractor)
        {
            var fallback = extractor.CreateContext();
            TemporalMentions = Items
                .Select((item, _) => TemporalInput.For(item, fallback))
                .Select((input, _) => new AnnotatedText<TemporalMention>(input.Text, extractor.Extract(input.Text, input.Context)))
                .WithTrackingName("temporal");
        }
        else
        {
            TemporalMentions = texts.Select(static (text, _) => new AnnotatedText<TemporalMention>(text, EquatableArray<TemporalMention>.Empty));
        }

        if (services.Tagger is { } tagger)
        {
            EntityMentions = options.CollectCorpusGazetteer
                ? TagWithCorpusGazetteer(texts, tagger)
                : texts.Select((text, _) => new AnnotatedText<EntityMention>(text, tagger.Tag(text))).WithTrackingName("entities");
        }
        else
        {
            EntityMentions = texts.Select(static (text, _) => new AnnotatedText<EntityMention>(text, EquatableArray<EntityMention>.Empty));
        }

        Annotated = Items
            .Join(Tokens)
            .Join(TemporalMentions)
            .Join(EntityMentions);
        AnalysedItems = Annotated.Select(static (annotated, _) => Assemble(annotated, 0));
    }

    public BuiltInServices Services { get; }

    public CorpusDriverOptions Options { get; }

    public YearbookSegmenter Segmenter { get; }

    public IncrementalValuesProvider<SegmentedDocument> DocumentTrees { get; }

    public IncrementalValuesProvider<CorpusItem> Items { get; }

    public IncrementalValuesProvider<AnnotatedText<Token>> Tokens { get; }

    public IncrementalValuesProvider<AnnotatedText<TemporalMention>> TemporalMentions { get; }

    public IncrementalValuesProvider<AnnotatedText<EntityMention>> EntityMentions { get; }

    /// <summary>Each item with its three annotations, spans still relative to its clean text.</summary>
    public IncrementalValuesProvider<AnnotatedItem> Annotated { get; }

    public IncrementalValuesProvider<AnalysedItem> AnalysedItems { get; }

    /// <summary>
    /// Tagging against the corpus gazetteer: each item's text is scanned once (<see cref="EntityTagger.Scan"/>), every
    /// item's contribution (<c>Collect</c> of the scan) is tallied into the gazetteer (<c>gazetteer</c>), each scan
    /// is paired with the part of the gazetteer whose names occur in its text (<c>restrict</c>), and the item is
    /// tagged against that part from its scan (<c>entities</c>), which the tagger guarantees gives what tagging the
    /// text against the whole gazetteer would. So a change of the gazetteer re-tags only the items where a name that
    /// entered or left it occurs, and tagging an item costs a match of the gazetteer's names, not a second scan.
    /// </summary>
    private static IncrementalValuesProvider<AnnotatedText<EntityMention>> TagWithCorpusGazetteer(IncrementalValuesProvider<string> texts, EntityTagger tagger)
    {
        var scans = texts.Select((text, _) => tagger.Scan(text));
        var contributions = scans.Select((scan, _) => tagger.Collect(scan));
        var gazetteer = new IncrementalValueProvider<GazetteerTally>(new GazetteerTallyNode(contributions.Node))
            .Select(static (tally, _) => tally.Gazetteer)
            .WithTrackingName("gazetteer");
        var restricted = new IncrementalValuesProvider<Gazetteer>(new GazetteerRestrictionNode(scans.Node, gazetteer.Node, "restrict"));
        return scans
            .Join(restricted)
            .Select((pair, _) => new AnnotatedText<EntityMention>(pair.Left.Text, tagger.Tag(pair.Left, pair.Right)))
            .WithTrackingName("entities");
    }

    /// <summary>Registers the analysed items and the segmenter's diagnostics as outputs of every run.</summary>
    public void RegisterOutputs(CorpusStageContext context)
    {
        context.RegisterOutput(DocumentTrees, static (sink, document) =>
        {
            foreach (var diagnostic in document.Tree.Diagnostics)
            {
                sink.ReportDiagnostic(diagnostic);
            }
        });
        context.RegisterOutput(AnalysedItems, static (sink, item) => sink.Add(item));
    }

    /// <summary>
    /// The analysed item, every span absolute in a source where the item's document starts
    /// <paramref name="offset"/> characters in (a streamed chunk's offset; 0 in a corpus).
    /// </summary>
    public static AnalysedItem Assemble(AnnotatedItem annotated, int offset)
    {
        var (((item, tokens), temporal), entities) = annotated;
        var map = new CleanTextMap(item.Node);
        var origin = item.Span.Start + offset;
        return new AnalysedItem(
            offset == 0 ? item : item with { Span = new TextSpan(origin, item.Span.Length) },
            Map(tokens.Annotations, token => token with { Span = map.Map(token.Span, origin) }),
            Map(temporal.Annotations, mention => mention with { Span = map.Map(mention.Span, origin) }),
            MapEntities(entities.Annotations, map, origin));
    }

    private static EquatableArray<EntityMention> MapEntities(EquatableArray<EntityMention> mentions, CleanTextMap map, int origin) =>
        Map(mentions, mention => mention with { Span = map.Map(mention.Span, origin), Nested = MapEntities(mention.Nested, map, origin) });

    private static EquatableArray<T> Map<T>(EquatableArray<T> values, Func<T, T> map)
    {
        if (values.IsEmpty)
        {
            return values;
        }

        var mapped = new T[values.Count];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = map(values[i]);
        }

        return new EquatableArray<T>(mapped);
    }
}
