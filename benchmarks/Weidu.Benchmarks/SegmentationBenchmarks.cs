using BenchmarkDotNet.Attributes;
using Weidu.Core;
using Weidu.Segmentation;

namespace Weidu.Benchmarks;

/// <summary>
/// Yearbook segmentation: the whole tree (documents, sections, months, entries, trivia) over the bundled
/// yearbook and over a 50 MB concatenation of it. Clean texts are computed lazily and are not part of the scan.
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks : IThroughputBenchmark
{
    private const int LargeMegabytes = 50;

    private readonly YearbookSegmenter _segmenter = new();
    private SourceText _text = SourceText.Empty;

    /// <summary>The input: the bundled yearbook, or the yearbook repeated to 50 MB of UTF-8.</summary>
    [Params("yearbook", "50MB")]
    public string Input { get; set; } = "yearbook";

    public long InputBytes => Input == "yearbook" ? Corpus.YearbookUtf8.Length : RepeatedBytes(LargeMegabytes);

    [GlobalSetup]
    public void Setup() => _text = SourceText.From(Input == "yearbook" ? Corpus.Yearbook : Corpus.Repeated(LargeMegabytes));

    [Benchmark(Baseline = true)]
    public int Segment() => _segmenter.Segment(_text).Documents.Count;

    [Benchmark]
    public int EnumerateDocuments() => _segmenter.EnumerateDocuments(_text).Count();

    /// <summary>The UTF-8 size of <see cref="Corpus.Repeated"/>, computed the way it builds the text.</summary>
    private static long RepeatedBytes(int megabytes)
    {
        var copy = Corpus.YearbookUtf8.Length + 1L;
        var copies = ((megabytes * 1_000_000L) + copy - 1) / copy;
        return copies * copy;
    }
}
