using BenchmarkDotNet.Attributes;
using Weidu.Cli.Commands;
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
        var items = BenchItems.Of(tree);
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
}
