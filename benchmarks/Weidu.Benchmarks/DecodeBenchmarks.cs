using BenchmarkDotNet.Attributes;
using Weidu.Core;

namespace Weidu.Benchmarks;

/// <summary>
/// The floor every stage is compared with: decoding the yearbook's bytes into a SourceText,
/// building its line map, and one vectorised scan over its characters.
/// </summary>
[MemoryDiagnoser]
public class DecodeBenchmarks : IThroughputBenchmark
{
    private readonly byte[] _bytes = Corpus.YearbookUtf8;
    private readonly SourceText _text = SourceText.From(Corpus.Yearbook);

    public long InputBytes => _bytes.Length;

    [Benchmark(Baseline = true)]
    public int DecodeUtf8() => SourceText.From(_bytes).Length;

    [Benchmark]
    public int DecodeAndLineMap() => SourceText.From(_bytes).Lines.Count;

    [Benchmark]
    public int ScanForLineBreaks() => _text.AsSpan().Count('\n');
}
