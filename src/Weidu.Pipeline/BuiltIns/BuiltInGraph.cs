using System.Buffers;
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
    private readonly TemporalContext? _temporalFallback;

    /// <summary>Builds the graph on <paramref name="documents"/>; <paramref name="chronicleYear"/> overrides the options' year of chronicles without one.</summary>
    public BuiltInGraph(IncrementalValuesProvider<CorpusDocument> documents, BuiltInServices services, CorpusDriverOptions options, int? chronicleYear = null)
    {
        Services = services;
        Options = options;
        Segmenter = new YearbookSegmenter(new YearbookSegmenterOptions { Year = services.ChronicleYear ?? chronicleYear });
        _temporalFallback = services.Temporal?.CreateContext();
        DocumentTrees = documents.Select((document, _) => Segment(document)).WithTrackingName("segment");
        Items = DocumentTrees.SelectMany((document, _) => Flatten(document), static item => item.Node);
        var texts = Items.Select(static (item, _) => item.Text);

        Tokens = services.Tokenizer is { } tokenizer
            ? texts.Select((text, _) => new AnnotatedText<Token>(text, tokenizer.Tokenize(text))).WithTrackingName("tokenize")
            : texts.Select(static (text, _) => new AnnotatedText<Token>(text, EquatableArray<Token>.Empty));

        if (services.Temporal is { } extractor)
        {
            TemporalMentions = Items
                .Select((item, _) => TemporalInput.For(item, _temporalFallback!))
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
            .Select(static (annotated, _) =>
            {
                var (((item, tokens), temporal), entities) = annotated;
                return Assemble(item, tokens.Annotations, temporal.Annotations, entities.Annotations);
            });
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
    /// The analysed items of one document, each span absolute in a source where the document starts
    /// <paramref name="offset"/> characters in (a streamed chunk's): the items <see cref="AnalysedItems"/> holds after
    /// a run without a previous state, computed item by item with the same steps, but without the node tables, the
    /// joins and the intermediate values a run keeps for the next one, which a chunk, analysed once, never reuses.
    /// </summary>
    public AnalysedItem[] AnalyseOnce(CorpusDocument document, int offset, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var segmented = Segment(document);
        return AnalyseOnce(segmented.DocumentId, segmented.Tree.Root.Children, offset, cancellationToken);
    }

    /// <summary>
    /// The analysed items of a document already segmented: <paramref name="documents"/> are its yearbook documents,
    /// positioned in it, as this graph's segmenter reads them (a streamed chunk's, read by the stream's producer).
    /// </summary>
    public AnalysedItem[] AnalyseOnce(string documentId, IEnumerable<PositionedNode> documents, int offset, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var items = ItemFlattener.Flatten(documentId, documents, resolveEntryDates: Services.Temporal is not null);
        var tagger = Services.Tagger;
        EntityScan[]? scans = null;
        Gazetteer? gazetteer = null;
        if (tagger is not null && Options.CollectCorpusGazetteer)
        {
            // The corpus gazetteer needs every item's scan before the first item is tagged.
            scans = new EntityScan[items.Count];
            for (var i = 0; i < scans.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                scans[i] = tagger.Scan(items[i].Text);
            }

            gazetteer = GazetteerTally.Empty.Update(scans.Select(scan => ((GazetteerContribution?)null, (GazetteerContribution?)tagger.Collect(scan)))).Gazetteer;
        }

        var analysed = new AnalysedItem[items.Count];
        for (var i = 0; i < analysed.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = items[i];
            var text = item.Text;
            var map = new CleanTextMap(item.Node);
            var origin = item.Span.Start + offset;
            var tokens = Services.Tokenizer is { } tokenizer ? TokensAt(tokenizer, text, map, origin) : EquatableArray<Token>.Empty;
            var dates = Services.Temporal is { } extractor && TemporalInput.For(item, _temporalFallback!) is var input
                ? extractor.Extract(input.Text, input.Context)
                : EquatableArray<TemporalMention>.Empty;
            var entities = tagger is null ? EquatableArray<EntityMention>.Empty
                : scans is not null ? tagger.Tag(scans[i], gazetteer!.RestrictTo(scans[i]))
                : tagger.Tag(text);
            analysed[i] = new AnalysedItem(
                item with { Span = new TextSpan(origin, item.Span.Length) },
                tokens,
                MapDates(dates, map, origin),
                MapEntities(entities, map, origin));
        }

        return analysed;
    }

    private SegmentedDocument Segment(CorpusDocument document) => new(document.Id, Segmenter.Segment(document.Text, document.Id));

    private List<CorpusItem> Flatten(SegmentedDocument document) => ItemFlattener.Flatten(document, resolveEntryDates: Services.Temporal is not null);

    /// <summary>The analysed item of a corpus run: every span mapped from the item's clean text to its document's text.</summary>
    private static AnalysedItem Assemble(CorpusItem item, EquatableArray<Token> tokens, EquatableArray<TemporalMention> temporal, EquatableArray<EntityMention> entities)
    {
        var map = new CleanTextMap(item.Node);
        var origin = item.Span.Start;
        return new AnalysedItem(item, Map(tokens, static (token, map, origin) => token with { Span = map.Map(token.Span, origin) }, map, origin), MapDates(temporal, map, origin), MapEntities(entities, map, origin));
    }

    /// <summary>
    /// The tokens <see cref="ChineseTokenizer.Tokenize(ReadOnlySpan{char})"/> gives (it enumerates them the same way),
    /// each mapped as it comes into a pooled buffer and copied out once: tokenizing and then mapping copied every
    /// item's tokens twice, the most a streamed byte allocated besides the libraries' own work.
    /// </summary>
    private static EquatableArray<Token> TokensAt(ChineseTokenizer tokenizer, string text, CleanTextMap map, int origin)
    {
        // A token covers at least one character of the text, so there are never more tokens than characters.
        var buffer = ArrayPool<Token>.Shared.Rent(Math.Max(1, text.Length));
        var count = 0;
        foreach (var token in tokenizer.EnumerateTokens(text))
        {
            buffer[count++] = token with { Span = map.Map(token.Span, origin) };
        }

        var used = buffer.AsSpan(0, count);
        var mapped = count == 0 ? EquatableArray<Token>.Empty : new EquatableArray<Token>(used.ToArray());

        // Only the tokens written hold references; clearing the whole rented array (up to twice the text) cost as much as the copy.
        used.Clear();
        ArrayPool<Token>.Shared.Return(buffer);
        return mapped;
    }

    private static EquatableArray<TemporalMention> MapDates(EquatableArray<TemporalMention> mentions, CleanTextMap map, int origin) =>
        Map(mentions, static (mention, map, origin) => mention with { Span = map.Map(mention.Span, origin) }, map, origin);

    private static EquatableArray<EntityMention> MapEntities(EquatableArray<EntityMention> mentions, CleanTextMap map, int origin) =>
        Map(mentions, static (mention, map, origin) => mention with { Span = map.Map(mention.Span, origin), Nested = MapEntities(mention.Nested, map, origin) }, map, origin);

    /// <summary>
    /// Each value with its spans mapped. The mapping is a static function given the map and the origin, not a closure
    /// over them: a closure was made for every call, so for every item and for every entity's (mostly empty) nested
    /// mentions, about a twentieth of what a streamed byte allocated.
    /// </summary>
    private static EquatableArray<T> Map<T>(EquatableArray<T> values, Func<T, CleanTextMap, int, T> mapSpans, CleanTextMap map, int origin)
    {
        if (values.IsEmpty)
        {
            return values;
        }

        var mapped = new T[values.Count];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = mapSpans(values[i], map, origin);
        }

        return new EquatableArray<T>(mapped);
    }
}
