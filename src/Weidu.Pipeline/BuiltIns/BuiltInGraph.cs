using Weidu.Core;
using Weidu.Entities;
using Weidu.Segmentation;
using Weidu.Temporal;
using Weidu.Tokenization;

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

        AnalysedItems = Items
            .Join(Tokens)
            .Join(TemporalMentions)
            .Join(EntityMentions)
            .Select(static (joined, _) => Assemble(joined.Left.Left.Left, joined.Left.Left.Right, joined.Left.Right, joined.Right));
    }

    public BuiltInServices Services { get; }

    public CorpusDriverOptions Options { get; }

    public YearbookSegmenter Segmenter { get; }

    public IncrementalValuesProvider<SegmentedDocument> DocumentTrees { get; }

    public IncrementalValuesProvider<CorpusItem> Items { get; }

    public IncrementalValuesProvider<AnnotatedText<Token>> Tokens { get; }

    public IncrementalValuesProvider<AnnotatedText<TemporalMention>> TemporalMentions { get; }

    public IncrementalValuesProvider<AnnotatedText<EntityMention>> EntityMentions { get; }

    public IncrementalValuesProvider<AnalysedItem> AnalysedItems { get; }

    /// <summary>
    /// Tagging against the corpus gazetteer: every item's contribution (<c>Collect</c>) is tallied into the
    /// gazetteer (<c>gazetteer</c>), each item's text is paired with the part of it whose names occur in the text
    /// (<c>restrict</c>), and the item is tagged against that part (<c>entities</c>), which the tagger guarantees
    /// gives what the whole gazetteer would. So a change of the gazetteer re-tags only the items where a name that
    /// entered or left it occurs.
    /// </summary>
    private static IncrementalValuesProvider<AnnotatedText<EntityMention>> TagWithCorpusGazetteer(IncrementalValuesProvider<string> texts, EntityTagger tagger)
    {
        var contributions = texts.Select((text, _) => tagger.Collect(text));
        var gazetteer = new IncrementalValueProvider<GazetteerTally>(new GazetteerTallyNode(contributions.Node))
            .Select(static (tally, _) => tally.Gazetteer)
            .WithTrackingName("gazetteer");
        var restricted = new IncrementalValuesProvider<Gazetteer>(new GazetteerRestrictionNode(texts.Node, gazetteer.Node, "restrict"));
        return texts
            .Join(restricted)
            .Select((pair, _) => new AnnotatedText<EntityMention>(pair.Left, tagger.Tag(pair.Left, pair.Right)))
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

    private static AnalysedItem Assemble(CorpusItem item, AnnotatedText<Token> tokens, AnnotatedText<TemporalMention> temporal, AnnotatedText<EntityMention> entities)
    {
        var map = new CleanTextMap(item.Node);
        var origin = item.Span.Start;
        return new AnalysedItem(
            item,
            Map(tokens.Annotations, token => token with { Span = map.Map(token.Span, origin) }),
            Map(temporal.Annotations, mention => mention with { Span = map.Map(mention.Span, origin) }),
            MapEntities(entities.Annotations, map, origin));
    }

    /// <summary>The item as it sits <paramref name="offset"/> characters further on, every span shifted.</summary>
    public static AnalysedItem Shift(AnalysedItem analysed, string documentId, int offset)
    {
        TextSpan Move(TextSpan span) => new(span.Start + offset, span.Length);
        EquatableArray<EntityMention> MoveEntities(EquatableArray<EntityMention> mentions) =>
            Map(mentions, mention => mention with { Span = Move(mention.Span), Nested = MoveEntities(mention.Nested) });

        return new AnalysedItem(
            analysed.Item with { DocumentId = documentId, Span = Move(analysed.Item.Span) },
            Map(analysed.Tokens, token => token with { Span = Move(token.Span) }),
            Map(analysed.TemporalMentions, mention => mention with { Span = Move(mention.Span) }),
            MoveEntities(analysed.EntityMentions));
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
