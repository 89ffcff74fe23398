using BenchmarkDotNet.Attributes;
using Weidu.Entities;

namespace Weidu.Benchmarks;

/// <summary>
/// Entity tagging over the yearbook, one thread, in its lines (the unit the pipeline feeds): the collecting pass,
/// the tagging pass with the corpus gazetteer, and both, which is what a corpus run costs. The tagger reads the
/// tokenizer's lexicon for word boundaries and part-of-speech tags, so lexicon look-ups are included.
/// </summary>
[MemoryDiagnoser]
public class EntityBenchmarks : IThroughputBenchmark
{
    private readonly string[] _lines = Corpus.Yearbook.Split('\n');
    private readonly EntityTagger _tagger = new();
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
}
