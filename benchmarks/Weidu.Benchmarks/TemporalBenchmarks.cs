using BenchmarkDotNet.Attributes;
using Weidu.Temporal;

namespace Weidu.Benchmarks;

/// <summary>
/// Temporal extraction over the whole yearbook, single thread: the scan for trigger characters,
/// parsing at each stop, and resolution of every mention against a document date.
/// </summary>
[MemoryDiagnoser]
public class TemporalBenchmarks : IThroughputBenchmark
{
    private readonly string _text = Corpus.Yearbook;
    private readonly TemporalExtractor _extractor = new();
    private readonly TemporalContext _context = TemporalContext.ForDocument(new DateOnly(2019, 12, 31));

    public long InputBytes => Corpus.YearbookUtf8.Length;

    [Benchmark]
    public int ExtractYearbook() => _extractor.Extract(_text.AsSpan(), _context).Count;
}
