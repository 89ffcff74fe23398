using Weidu.Core;
using Weidu.Entities;
using Weidu.Pipeline;
using Weidu.Segmentation;
using Weidu.Temporal;
using Weidu.Tokenization;

namespace Weidu.Reliability.Tests;

/// <summary>
/// Every public service shared by 8 threads on random texts gives exactly the results of a sequential run,
/// and separate corpora run through one driver from several threads at once.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;

    private static readonly string[] Inputs = MakeInputs();

    private static string[] MakeInputs()
    {
        var random = new Random(2019);
        var shapes = HostileText.Shapes.Select(row => (string)row[1]);
        return [.. shapes, .. Enumerable.Range(0, 48).Select(_ => HostileText.Random(random, 300) + HostileText.Chronicle)];
    }

    [Fact]
    public void The_tokenizer_is_safe_to_share() =>
        AssertSameInParallel(text => ChineseTokenizer.Default.Tokenize(text));

    [Fact]
    public void The_segmenter_is_safe_to_share()
    {
        var segmenter = new YearbookSegmenter();
        AssertSameInParallel(text =>
        {
            var tree = segmenter.Segment(SourceText.From(text));
            return (tree.Documents, tree.Diagnostics);
        });
    }

    [Fact]
    public void The_temporal_extractor_is_safe_to_share()
    {
        var extractor = TemporalExtractor.Create(o => o.DefaultYear = 2019);
        var context = TemporalContext.ForChronicle(2019, 1, null);
        AssertSameInParallel(text =>
        {
            var diagnostics = new DiagnosticBag();
            return (extractor.Extract(text, context, diagnostics), diagnostics.ToArray());
        });
    }

    [Fact]
    public void The_entity_tagger_is_safe_to_share()
    {
        var tagger = EntityTagger.Create(o => o.IncludeNested = true);
        AssertSameInParallel(text => (tagger.Tag(text), tagger.Collect(text)));
    }

    [Fact]
    public void Separate_corpora_run_through_one_driver_from_several_threads_at_once()
    {
        var driver = new CorpusDriver(PipelineTests.Stages());
        var corpora = Enumerable.Range(0, Threads)
            .Select(i => Corpus.Create().AddDocument("a", SourceText.From(Inputs[i * 3 % Inputs.Length])).AddDocument("b", SourceText.From(Inputs[(i * 7 + 1) % Inputs.Length])))
            .ToArray();
        var sequential = corpora.Select(c => driver.Run(c).GetRunResult().Outputs).ToArray();

        var parallel = new System.Collections.Immutable.ImmutableArray<object>[Threads];
        RunOnThreads(i => parallel[i] = driver.Run(corpora[i]).GetRunResult().Outputs);

        for (var i = 0; i < Threads; i++)
        {
            PipelineTests.AssertSameOutputs(sequential[i], parallel[i]);
        }
    }

    private static void AssertSameInParallel<T>(Func<string, T> analyse)
    {
        var sequential = Inputs.Select(analyse).ToArray();
        var parallel = new T[Threads][];
        RunOnThreads(thread =>
        {
            // Each thread walks the inputs from a different starting point, so different inputs overlap in time.
            var results = new T[Inputs.Length];
            for (var k = 0; k < Inputs.Length; k++)
            {
                var index = (k + (thread * 7)) % Inputs.Length;
                results[index] = analyse(Inputs[index]);
            }

            parallel[thread] = results;
        });

        foreach (var results in parallel)
        {
            Assert.Equal(sequential, results);
        }
    }

    private static void RunOnThreads(Action<int> body)
    {
        using var start = new Barrier(Threads);
        var failures = new Exception?[Threads];
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                body(i);
            }
            catch (Exception exception)
            {
                failures[i] = exception;
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.All(failures, Assert.Null);
    }
}
