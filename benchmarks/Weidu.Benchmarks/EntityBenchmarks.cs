using BenchmarkDotNet.Attributes;
using Weidu.Entities;
using Weidu.Tokenization;

namespace Weidu.Benchmarks;

/// <summary>
/// Entity tagging over the yearbook, one thread, in its lines (the unit the pipeline feeds): the collecting pass,
/// the tagging pass with the corpus gazetteer, both as two readings of each text and as one (what the pipeline does:
/// scan once, collect, merge, tag against the names that occur), and the tagging pass after tokenizing the line, for
/// callers who count tokenization in. The tagger reads the tokenizer's lexicon for word boundaries and part-of-speech
/// tags, so lexicon look-ups are always included.
/// </summary>
[MemoryDiagnoser]
public class EntityBenchmarks : IThroughputBenchmark
{
    private readonly string[] _lines = Corpus.Yearbook.Split('\n');
    private readonly EntityTagger _tagger = new();
    private readonly ChineseTokenizer _tokenizer = ChineseTokenizer.Default;
    private Gazetteer _gazetteer = Gazetteer.Empty;

    public long InputBytes => Corpus.YearbookUtf8.Length;

    [GlobalSetup]
    public void Setup() => _gazetteer = Gazetteer.Merge(_lines.Select(_tagger.Collect));

    [Benchmark]
    public int Collect()
    {
        var count = 0;
        foreach (var line in _lines)
        {
            count += _tagger.Collect(line).Entries.Count;
        }

        return count;
    }

    [Benchmark]
    public int TagWithGazetteer()
    {
        var count = 0;
        foreach (var line in _lines)
        {
            count += _tagger.Tag(line, _gazetteer).Count;
        }

        return count;
    }

    /// <summary>Tagging with no corpus gazetteer, as a stream of texts that are not gathered into a corpus is tagged.</summary>
    [Benchmark]
    public int Tag()
    {
        var count = 0;
        foreach (var line in _lines)
        {
            count += _tagger.Tag(line).Count;
        }

        return count;
    }

    [Benchmark(Baseline = true)]
    public int CollectThenTag()
    {
        var gazetteer = Gazetteer.Merge(_lines.Select(_tagger.Collect));
        var count = 0;
        foreach (var line in _lines)
        {
            count += _tagger.Tag(line, gazetteer).Count;
        }

        return count;
    }

    [Benchmark]
    public int ScanCollectTag()
    {
        var scans = Array.ConvertAll(_lines, _tagger.Scan);
        var gazetteer = Gazetteer.Merge(scans.Select(_tagger.Collect));
        var count = 0;
        foreach (var scan in scans)
        {
            count += _tagger.Tag(scan, gazetteer.RestrictTo(scan)).Count;
        }

        return count;
    }

    [Benchmark]
    public int TokenizeThenTagWithGazetteer()
    {
        var count = 0;
        foreach (var line in _lines)
        {
            foreach (var token in _tokenizer.EnumerateTokens(line))
            {
                count += token.Span.Length > 0 ? 1 : 0;
            }

            count += _tagger.Tag(line, _gazetteer).Count;
        }

        return count;
    }
}
