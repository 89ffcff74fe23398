using BenchmarkDotNet.Attributes;
using Weidu.Core;
using Weidu.Segmentation;
using Weidu.Temporal;

namespace Weidu.Benchmarks;

/// <summary>
/// Temporal extraction over the yearbook, single thread: the scan for trigger characters, parsing at each
/// stop, and resolution of every mention. <see cref="ExtractYearbook"/> reads the whole text as one against
/// a document date; <see cref="ExtractItems"/> reads it as the pipeline does, one call per chronicle entry
/// and paragraph with that item's context (the items and contexts of <c>weidu bench</c>).
/// </summary>
[MemoryDiagnoser]
public class TemporalBenchmarks : IThroughputBenchmark
{
    private readonly string _text = Corpus.Yearbook;
    private readonly TemporalExtractor _extractor = new();
    private readonly TemporalContext _context = TemporalContext.ForDocument(new DateOnly(2019, 12, 31));
    private string[] _items = [];
    private TemporalContext[] _contexts = [];

    public long InputBytes => Corpus.YearbookUtf8.Length;

    [GlobalSetup]
    public void Setup()
    {
        var tree = new YearbookSegmenter().Segment(SourceText.From(_text), "weidu-yearbook-2019.txt");
        var items = new List<(string Text, TemporalContext Context)>();
        foreach (var document in tree.Documents)
        {
            var year = document.Year ?? tree.Year ?? 2019;
            var context = document.Date is { } date ? TemporalContext.ForDocument(date) : new TemporalContext(new DateTime(year, 1, 1)) { DocumentYear = year };
            foreach (var node in Descendants(document))
            {
                switch (node)
                {
                    case ChronicleEntry entry:
                        items.Add((entry.CleanText, TemporalContext.ForChronicle(year, entry.Month ?? 1, null)));
                        break;
                    case YearbookLeaf { Kind: YearbookNodeKind.Paragraph } leaf:
                        items.Add((leaf.CleanText, context));
                        break;
                }
            }
        }

        _items = [.. items.Select(i => i.Text)];
        _contexts = [.. items.Select(i => i.Context)];
    }

    [Benchmark(Baseline = true)]
    public int ExtractYearbook() => _extractor.Extract(_text.AsSpan(), _context).Count;

    [Benchmark]
    public int ExtractItems()
    {
        var count = 0;
        for (var i = 0; i < _items.Length; i++)
        {
            count += _extractor.Extract(_items[i], _contexts[i]).Count;
        }

        return count;
    }

    /// <summary>The nodes under <paramref name="node"/>, not descending into chronicle entries (whose paragraphs are the entry's text).</summary>
    private static IEnumerable<YearbookNode> Descendants(YearbookNode node)
    {
        for (var i = 0; i < node.Children.Count; i++)
        {
            var child = node.Children[i];
            yield return child;
            if (child is not ChronicleEntry)
            {
                foreach (var descendant in Descendants(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
