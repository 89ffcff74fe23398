using System.Globalization;
using Weidu.Cli.Input;
using Weidu.Cli.Model;
using Weidu.Core;
using Weidu.Entities;
using Weidu.Pipeline;
using Weidu.Segmentation;
using Weidu.Temporal;

namespace Weidu.Cli.Analysis;

/// <summary>
/// Runs the Weidu pipeline (segmentation, dates, entities with the corpus gazetteer) over the inputs with a
/// <see cref="CorpusDriver"/> and fills the output model from its run result. The driver is kept between runs, so
/// <see cref="Update"/> re-analyses only what an edit touched.
/// </summary>
internal sealed class Analyzer
{
    // A person mention this long or shorter may be a reference: a surname (张 of 张书记) or a given name alone (朝锋).
    private const int MaxReferenceLength = 2;

    private readonly ProgressStage _progress = new();
    private CorpusDriver _driver;
    private Corpus _corpus = Corpus.Create();
    private List<InputText> _inputs = [];

    public Analyzer(bool trackSteps = false)
    {
        ICorpusStage[] stages =
        [
            CorpusStages.YearbookSegmentation(),
            CorpusStages.TemporalNormalizer(new TemporalExtractor()),
            CorpusStages.EntityTagger(EntityTagger.Create()),
            new DocumentTreeStage(),
            _progress,
        ];
        _driver = new CorpusDriver(stages, new CorpusDriverOptions { TrackIncrementalSteps = trackSteps });
    }

    /// <summary>The tracked steps of the last run, by tracking name (segment, temporal, entities, …).</summary>
    public CorpusRunResult LastRun => _driver.GetRunResult();

    public AnalysisResult Analyze(IReadOnlyList<InputText> inputs, ProgressReporter? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var corpus = Corpus.Create();
        foreach (var input in inputs)
        {
            corpus = corpus.AddDocument(input.Path, input.Text);
        }

        _inputs = [.. inputs];
        return Run(corpus, progress, cancellationToken);
    }

    /// <summary>Re-analyses after one input's text changed; unchanged items come from the driver's cache.</summary>
    public AnalysisResult Update(InputText changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var index = _inputs.FindIndex(i => i.Path == changed.Path);
        if (index < 0)
        {
            throw new ArgumentException($"{changed.Path} was not analysed before.", nameof(changed));
        }

        _inputs[index] = changed;
        return Run(_corpus.WithDocumentText(changed.Path, changed.Text), null, cancellationToken);
    }

    private AnalysisResult Run(Corpus corpus, ProgressReporter? progress, CancellationToken cancellationToken)
    {
        _progress.Start(progress, _inputs);
        try
        {
            _driver = _driver.Run(corpus, cancellationToken);
        }
        finally
        {
            _progress.Start(null, []);
        }

        _corpus = corpus;
        return Build(_driver.GetRunResult());
    }

    private AnalysisResult Build(CorpusRunResult run)
    {
        var trees = run.GetOutputs<SegmentedDocument>().ToDictionary(d => d.DocumentId, d => d.Tree);
        var itemsByInput = run.GetOutputs<AnalysedItem>().ToLookup(i => i.Item.DocumentId);

        // The corpus's roles resolve the surnames that stand for persons (张 of 张书记) to the persons they name.
        var roles = RoleTable.Build(itemsByInput.SelectMany(g => g).Select(i => new TaggedText(i.Item.DocumentId, i.EntityMentions)));
        var documents = new List<DocumentRecord>();
        var entries = new List<EntryRecord>();
        var mentions = new List<MentionRecord>();
        foreach (var input in _inputs)
        {
            if (!trees.TryGetValue(input.Path, out var tree))
            {
                continue;
            }

            var spans = new List<(int Id, TextSpan Span)>();
            foreach (var positioned in tree.Root.Children)
            {
                if (positioned.Node is YearbookDocument document)
                {
                    var id = documents.Count + 1;
                    spans.Add((id, positioned.Span));
                    documents.Add(new DocumentRecord(
                        id,
                        document.DocumentKind.ToString().ToLowerInvariant(),
                        document.Title,
                        document.Speaker?.Name,
                        document.Speaker?.Post,
                        document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        input.Path,
                        FirstLine(input.Text, CleanText.Create(positioned), positioned.Span),
                        positioned.Span.Start,
                        positioned.Span.End));
                }
            }

            foreach (var item in itemsByInput[input.Path].OrderBy(i => i.Item.Span.Start))
            {
                var documentId = spans.Find(s => s.Span.Contains(item.Item.Span.Start)).Id;
                entries.Add(Record(item, entries.Count + 1, documentId, input.Text, mentions, PersonReferences(item, input.Text, roles)));
            }
        }

        var texts = _inputs.GroupBy(i => i.Path).ToDictionary(g => g.Key, g => g.First().Text);
        return DatasetBuilder.Complete(documents, entries, mentions, texts);
    }

    /// <summary>
    /// The short references <see cref="AliasResolver"/> reads in the item (张书记 → 张书杰, 朝锋 → 李朝锋, or no one), by
    /// the absolute start of each: a person mention starting there is the surname or the given name that reference is
    /// (the resolver reads none inside a person's full name).
    /// </summary>
    private static Dictionary<int, PersonAlias> PersonReferences(AnalysedItem analysed, SourceText text, RoleTable roles)
    {
        var mentions = analysed.EntityMentions.AsImmutableArray();
        if (!mentions.Any(m => m.Type == EntityType.Person && m.Text.Length <= MaxReferenceLength))
        {
            return [];
        }

        // The resolver reads the item's own text, so the mentions' absolute spans are moved to the item's start.
        var origin = analysed.Item.Span.Start;
        var local = mentions.Select(m => m with { Span = new TextSpan(m.Span.Start - origin, m.Span.Length) }).ToEquatableArray();
        return AliasResolver.Resolve(text.ToString(analysed.Item.Span), local, roles).AsImmutableArray()
            .ToDictionary(a => a.Span.Start + origin);
    }

    private static EntryRecord Record(
        AnalysedItem analysed, int entryId, int documentId, SourceText text, List<MentionRecord> mentions, Dictionary<int, PersonAlias> references)
    {
        var item = analysed.Item;
        var found = new List<(TextSpan Span, string Text, string Type, TimeValue? Time, EquatableArray<string> Titles, ReferenceRecord? Reference)>();
        foreach (var time in analysed.TemporalMentions)
        {
            found.Add((time.Span, time.Text, MentionRecord.TimeType, ToTimeValue(time), EquatableArray<string>.Empty, null));
        }

        var persons = new List<(string Name, List<string> Posts)>();
        var organizations = new List<string>();
        var places = new List<string>();
        foreach (var entity in analysed.EntityMentions)
        {
            var reference = entity.Type == EntityType.Person && entity.Text.Length <= MaxReferenceLength && references.TryGetValue(entity.Span.Start, out var alias)
                ? new ReferenceRecord(alias.Text, alias.Person)
                : null;
            found.Add((entity.Span, entity.Text, entity.Type.ToCode(), null, entity.Titles, reference));
            switch (entity.Type)
            {
                case EntityType.Person:
                    var name = reference?.Person ?? entity.Text;
                    var person = persons.Find(p => p.Name == name);
                    if (person.Name is null)
                    {
                        persons.Add(person = (name, []));
                    }

                    person.Posts.AddRange(entity.Titles.AsSpan().ToArray().Where(t => !person.Posts.Contains(t)));
                    break;
                case EntityType.Organization when !organizations.Contains(entity.Text):
                    organizations.Add(entity.Text);
                    break;
                case EntityType.Location when !places.Contains(entity.Text):
                    places.Add(entity.Text);
                    break;
            }
        }

        foreach (var (span, mentionText, type, time, titles, reference) in found.OrderBy(f => f.Span.Start).ThenByDescending(f => f.Span.End))
        {
            mentions.Add(new MentionRecord(
                mentions.Count + 1, documentId, entryId, text.Lines.GetLinePosition(span.Start).Line + 1, span.Start, span.End, mentionText, type, time, titles, reference));
        }

        var isEntry = item.Kind == CorpusItemKind.ChronicleEntry;
        return new EntryRecord(
            entryId,
            documentId,
            isEntry ? EntryRecord.ChronicleEntry : EntryRecord.Paragraph,
            item.Marker?.Text,
            isEntry ? EntryDate(item) : null,
            FirstLine(text, CleanText.Create(new PositionedNode(item.Node, item.Span.Start)), item.Span),
            item.Span.Start,
            item.Span.End,
            item.Text,
            persons.Select(p => new PersonRef(p.Name, p.Posts.ToEquatableArray())).ToEquatableArray(),
            organizations.ToEquatableArray(),
            places.ToEquatableArray());
    }

    /// <summary>
    /// The entry's date at the precision its marker gives (a day, a range, a month part, the month), resolved as
    /// the pipeline resolved it: against the chronicle's year, the entry's month and the previous entry's date.
    /// </summary>
    private static TimeValue? EntryDate(CorpusItem item) =>
        item.Marker is { } marker && item.Document.Year is { } year && item.Month is { } month &&
        ChronicleDates.TryResolveEntry(marker.Text, year, month, item.PreviousEntryDate, out var resolved) && resolved is not null
            ? ToTimeValue(resolved)
            : null;

    internal static TimeValue ToTimeValue(TemporalMention mention) => new(
        mention.Value,
        mention.Grain.ToString().ToLowerInvariant(),
        FormatBound(mention.Interval?.Start),
        FormatBound(mention.Interval?.End),
        mention.Modifier == TemporalModifier.None ? null : mention.Modifier.ToString().ToUpperInvariant(),
        mention.Kind.ToString().ToLowerInvariant());

    private static string? FormatBound(DateTime? time) => time?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// The 1-based line where a node's content starts: its first clean character that is not white space, so that
    /// the layout, page headers and markup before it do not count.
    /// </summary>
    private static int FirstLine(SourceText text, CleanText clean, TextSpan span)
    {
        var offset = 0;
        while (offset < clean.Text.Length && char.IsWhiteSpace(clean.Text[offset]))
        {
            offset++;
        }

        var start = offset < clean.Text.Length ? clean.ToSource(new TextSpan(offset, 1)).Start : span.Start;
        return text.Lines.GetLinePosition(start).Line + 1;
    }

    /// <summary>Makes the document trees an output of the run, for the document records.</summary>
    private sealed class DocumentTreeStage : ICorpusStage
    {
        public void Initialize(CorpusStageContext context) =>
            context.RegisterOutput(context.DocumentTrees, static (sink, document) => sink.Add(document));
    }

    /// <summary>
    /// Counts analysed items as the driver finishes them, for the progress line. It observes and passes every item
    /// through unchanged; what it reports to is set per run, outside the cached values.
    /// </summary>
    private sealed class ProgressStage : ICorpusStage
    {
        private ProgressReporter? _reporter;
        private Dictionary<string, (long Bytes, int Length)> _sizes = [];
        private long _done;
        private int _items;

        public void Start(ProgressReporter? reporter, IReadOnlyList<InputText> inputs)
        {
            _sizes = inputs.GroupBy(i => i.Path).ToDictionary(g => g.Key, g => (g.First().ByteCount, g.First().Text.Length));
            _done = 0;
            _items = 0;
            _reporter = reporter;
        }

        public void Initialize(CorpusStageContext context) =>
            context.RegisterOutput(
                context.AnalysedItems.Select((item, _) =>
                {
                    Observe(item.Item);
                    return item.Item.Span.Length;
                }),
                static (_, _) => { });

        private void Observe(CorpusItem item)
        {
            if (_reporter is not { } reporter || !_sizes.TryGetValue(item.DocumentId, out var size) || size.Length == 0)
            {
                return;
            }

            // Bytes are apportioned by the item's share of its input's characters.
            var bytes = Interlocked.Add(ref _done, (long)((double)item.Span.Length / size.Length * size.Bytes));
            reporter.Report(bytes, Interlocked.Increment(ref _items));
        }
    }
}
