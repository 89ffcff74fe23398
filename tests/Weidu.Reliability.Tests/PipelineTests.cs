using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Weidu.Core;
using Weidu.Entities;
using Weidu.Pipeline;
using Weidu.Temporal;
using Weidu.Tokenization;

namespace Weidu.Reliability.Tests;

/// <summary>
/// The incremental driver against a from-scratch run after every random add, remove and change of documents,
/// and streaming under faults: a stream that throws, one that stops mid-character or mid-entry, and cancellation.
/// </summary>
public sealed class PipelineTests
{
    private static readonly string[] Texts =
    [
        HostileText.Chronicle,
        "## 在区委全会上的讲话\n\n张书杰\n\n(2019年1月20日)\n\n同志们：\n\n今天召开全会。区长李朝锋讲话。\n",
        "# 大事记\n\n2日 召开会议。\n\n是日 调研。\n",
        "区委\0书记\u0001张书杰\r\n到\r曹魏古城调研。",
        "𠀀😀 區委書記 Latin only 2019年2月30日",
        new string('#', 300),
        "",
    ];

    private static readonly string[] Insertions = ["是日 区长李朝锋调研。\n\n", "5日 魏都区召开会议。\n\n", "## 3 月\n\n", "\r\n", "\0", "𠀀", "二〇一九年", "。"];

    internal static IReadOnlyList<ICorpusStage> Stages() =>
    [
        CorpusStages.YearbookSegmentation(),
        CorpusStages.ChineseTokenizer(ChineseTokenizer.Default),
        CorpusStages.TemporalNormalizer(new TemporalExtractor(new TemporalOptions { ReferenceTime = new DateTime(2020, 1, 1) })),
        CorpusStages.EntityTagger(new EntityTagger()),
    ];

    /// <summary>One step of the model: what it does to the corpus.</summary>
    private sealed record Step(int Kind, int Document, int Text, int Position, int Delete, int Insert)
    {
        public Corpus ApplyTo(Corpus corpus)
        {
            var id = $"doc{Document}";
            var exists = corpus.TryGetDocument(id, out var document);
            switch (Kind)
            {
                case 0 when !exists:
                    return corpus.AddDocument(id, SourceText.From(Texts[Text]));
                case 1 when exists:
                    return corpus.RemoveDocument(id);
                case 2 when exists:
                    return corpus.WithDocumentText(id, SourceText.From(Texts[Text]));
                default:
                    if (!exists)
                    {
                        return corpus.AddDocument(id, SourceText.From(Texts[Text]));
                    }

                    var length = document!.Text.Length;
                    var start = Position % (length + 1);
                    var change = new TextChange(new TextSpan(start, Math.Min(Delete, length - start)), Insert < 0 ? "" : Insertions[Insert]);
                    return corpus.WithChangedText(id, change);
            }
        }

        public override string ToString() => $"{(new[] { "add", "remove", "replace", "change" })[Kind]} doc{Document} text{Text} at {Position} -{Delete} +{Insert}";
    }

    private static Gen<Step> StepGen =>
        from kind in Gen.Choose(0, 3)
        from document in Gen.Choose(0, 2)
        from text in Gen.Choose(0, Texts.Length - 1)
        from position in Gen.Choose(0, 10_000)
        from delete in Gen.Elements(0, 0, 1, 3, 20)
        from insert in Gen.Choose(-1, Insertions.Length - 1)
        select new Step(kind, document, text, position, delete, insert);

    [Fact]
    public void Random_add_remove_and_change_sequences_equal_a_run_from_scratch_after_every_step()
    {
        var stages = Stages();
        Prop.ForAll(StepGen.ArrayOf().Select(steps => steps.Take(6).ToArray()).ToArbitrary(), steps =>
        {
            var corpus = Corpus.Create();
            var driver = new CorpusDriver(stages);
            foreach (var step in steps)
            {
                corpus = step.ApplyTo(corpus);
                driver = driver.Run(corpus);
                var incremental = driver.GetRunResult();
                var scratch = new CorpusDriver(stages).Run(corpus).GetRunResult();
                if (!incremental.Outputs.SequenceEqual(scratch.Outputs) || !incremental.Diagnostics.Equals(scratch.Diagnostics))
                {
                    return false.Label($"differs after {step} in [{string.Join("; ", steps)}]");
                }
            }

            return true.ToProperty();
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(12));
    }

    [Fact]
    public async Task A_stream_that_throws_mid_read_yields_the_entries_completed_so_far_and_a_diagnostic()
    {
        var complete = "# 大事记\n\n## 1 月\n\n2日 召开会议。\n\n3日 调研。\n\n4日 座谈";
        var bytes = Encoding.UTF8.GetBytes(complete + "会。\n\n5日 视察。\n");
        await using var stream = new FaultyStream(bytes, failAt: Encoding.UTF8.GetByteCount(complete));
        var diagnostics = new DiagnosticBag();
        var items = new List<AnalysedItem>();

        var failure = await Record.ExceptionAsync(async () =>
        {
            await foreach (var item in new CorpusDriver(Stages()).StreamAsync(stream, new StreamOptions { Diagnostics = diagnostics }, CancellationToken.None))
            {
                items.Add(item);
            }
        });

        Assert.Contains(items, i => i.Item.Text.Contains("召开会议", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Item.Text.Contains("调研", StringComparison.Ordinal));
        Assert.Null(failure);
        Assert.Contains(diagnostics.ToArray().AsImmutableArray(), d => d.Id.StartsWith("WD5", StringComparison.Ordinal) && d.Span.Start <= complete.Length);
    }

    [Fact]
    public async Task A_stream_that_ends_mid_character_and_mid_entry_yields_what_a_batch_run_of_the_same_text_does()
    {
        // Longer than the detection window, so the encoding is UTF-8 whatever the truncated tail looks like.
        var text = string.Concat(Enumerable.Repeat("2日 召开会议。\n\n", 400)) + "3日 区委书记张书杰到";
        var bytes = Encoding.UTF8.GetBytes("# 大事记\n\n## 1 月\n\n" + text);
        var truncated = bytes[..^1];
        var diagnostics = new DiagnosticBag();
        var driver = new CorpusDriver(Stages(), new CorpusDriverOptions { CollectCorpusGazetteer = false });

        var streamed = new List<AnalysedItem>();
        await foreach (var item in driver.StreamAsync(new MemoryStream(truncated), new StreamOptions { Diagnostics = diagnostics, ChunkLength = 1024 }, CancellationToken.None))
        {
            streamed.Add(item);
        }

        var decoded = SourceText.From(truncated, Encoding.UTF8, null, null);
        Assert.EndsWith("书记张书杰\uFFFD", decoded.ToString(), StringComparison.Ordinal);
        var batch = driver.Run(Corpus.Create().AddDocument("stream", decoded)).GetRunResult().GetOutputs<AnalysedItem>();
        Assert.Equal(batch, streamed);
        Assert.Contains(streamed, i => i.Item.Text.Contains("张书杰", StringComparison.Ordinal));
        Assert.Contains(diagnostics.ToArray().AsImmutableArray(), d => d.Id == CoreDiagnostics.InvalidBytes.Id);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(60)]
    public async Task Cancelling_a_stream_at_any_point_leaves_no_background_work(int itemsBeforeCancel)
    {
        var bytes = Encoding.UTF8.GetBytes("# 大事记\n\n## 1 月\n\n" + string.Concat(Enumerable.Repeat("2日 区委书记张书杰到曹魏古城调研。\n\n", 2000)));
        await using var stream = new FaultyStream(bytes, failAt: int.MaxValue);
        using var cancellation = new CancellationTokenSource();
        var received = 0;

        var failure = await Record.ExceptionAsync(async () =>
        {
            await foreach (var item in new CorpusDriver(Stages()).StreamAsync(stream, new StreamOptions { ChunkLength = 512, MaxChunksInFlight = 2 }, cancellation.Token))
            {
                if (received++ == itemsBeforeCancel)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.IsAssignableFrom<OperationCanceledException>(failure);
        var readsWhenStopped = stream.Reads;
        await Task.Delay(200);
        Assert.Equal(readsWhenStopped, stream.Reads);
        Assert.Equal(0, stream.ReadsInProgress);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(20)]
    public void Cancelling_a_run_leaves_no_stage_work_running_and_the_driver_usable(int callsBeforeCancel)
    {
        using var cancellation = new CancellationTokenSource();
        var probe = new ProbeStage(cancellation, callsBeforeCancel);
        var stages = Stages().Append(probe).ToArray();
        var corpus = Corpus.Create();
        for (var i = 0; i < 4; i++)
        {
            corpus = corpus.AddDocument($"doc{i}", SourceText.From(string.Concat(Enumerable.Repeat(HostileText.Chronicle, 3))));
        }

        var driver = new CorpusDriver(stages, new CorpusDriverOptions { MaxDegreeOfParallelism = 4 });

        Assert.ThrowsAny<OperationCanceledException>(() => driver.Run(corpus, cancellation.Token));
        Assert.Equal(0, Volatile.Read(ref probe.Running));
        var afterCancel = driver.Run(corpus).GetRunResult();
        var scratch = new CorpusDriver(Stages().Append(new ProbeStage(null, 0)).ToArray()).Run(corpus).GetRunResult();
        AssertSameOutputs(scratch.Outputs, afterCancel.Outputs);
    }

    /// <summary>Asserts two runs output the same values, naming the first part of the first item that differs.</summary>
    internal static void AssertSameOutputs(IReadOnlyList<object> expected, IReadOnlyList<object> actual)
    {
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (Equals(expected[i], actual[i]))
            {
                continue;
            }

            if (expected[i] is AnalysedItem e && actual[i] is AnalysedItem a)
            {
                Assert.Equal(e.Item, a.Item);
                Assert.Equal(e.Tokens.AsImmutableArray(), a.Tokens.AsImmutableArray());
                Assert.Equal(e.TemporalMentions.AsImmutableArray(), a.TemporalMentions.AsImmutableArray());
                Assert.Equal(e.EntityMentions.AsImmutableArray(), a.EntityMentions.AsImmutableArray());
            }

            Assert.Fail($"output {i} differs: {expected[i]} <> {actual[i]}");
        }

        Assert.Equal(expected.Count, actual.Count);
    }

    /// <summary>A custom stage that counts the calls in flight and cancels the run after a number of them.</summary>
    private sealed class ProbeStage(CancellationTokenSource? cancellation, int callsBeforeCancel) : ICorpusStage
    {
        public int Running;
        private int _calls;

        public void Initialize(CorpusStageContext context)
        {
            var lengths = context.Documents
                .SelectMany(static (d, _) => d.Text.ToString().Split("\n\n").Select((p, i) => (d.Id, i, p)), static x => (x.Id, x.i))
                .Select((x, token) =>
                {
                    Interlocked.Increment(ref Running);
                    try
                    {
                        if (Interlocked.Increment(ref _calls) > callsBeforeCancel)
                        {
                            cancellation?.Cancel();
                        }

                        Thread.Sleep(1);
                        token.ThrowIfCancellationRequested();
                        return $"{x.Id}:{x.i}:{x.p.Length}";
                    }
                    finally
                    {
                        Interlocked.Decrement(ref Running);
                    }
                });
            context.RegisterOutput(lengths, static (sink, s) => sink.Add(s));
        }
    }
}
