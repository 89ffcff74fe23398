using System.IO.Pipelines;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Weidu.Core;

namespace Weidu.Pipeline.Tests;

/// <summary>The whole pipeline streamed: the same items as a batch run of the same text.</summary>
public sealed class StreamingFixture
{
    public StreamingFixture()
    {
        Text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));
        Driver = new CorpusDriver(YearbookFixture.Stages(), new CorpusDriverOptions { CollectCorpusGazetteer = false });
        Batch = Driver.Run(Corpus.Create().AddDocument("stream", SourceText.From(Text))).GetRunResult().GetOutputs<AnalysedItem>().ToList();
    }

    public string Text { get; }

    public CorpusDriver Driver { get; }

    public IReadOnlyList<AnalysedItem> Batch { get; }
}

public class PipelineStreamingTests(StreamingFixture fixture) : IClassFixture<StreamingFixture>
{
    private static async Task<List<AnalysedItem>> CollectAsync(IAsyncEnumerable<AnalysedItem> items)
    {
        var list = new List<AnalysedItem>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static PipeReader Pieces(byte[] bytes, int[] sizes)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0, minimumSegmentSize: 1));
        _ = Task.Run(async () =>
        {
            var at = 0;
            var i = 0;
            while (at < bytes.Length)
            {
                var length = Math.Min(bytes.Length - at, sizes.Length == 0 ? bytes.Length : Math.Max(1, sizes[i++ % sizes.Length]));
                await pipe.Writer.WriteAsync(bytes.AsMemory(at, length));
                at += length;
            }

            await pipe.Writer.CompleteAsync();
        });
        return pipe.Reader;
    }

    [Fact]
    public async Task Streaming_the_yearbook_equals_the_batch_run()
    {
        var streamed = await CollectAsync(fixture.Driver.StreamAsync(new MemoryStream(Encoding.UTF8.GetBytes(fixture.Text)), new StreamOptions { ChunkLength = 4096 }, CancellationToken.None));
        Assert.Equal(fixture.Batch.Count, streamed.Count);
        for (var i = 0; i < streamed.Count; i++)
        {
            Assert.Equal(fixture.Batch[i], streamed[i]);
        }
    }

    [Fact]
    public void Random_byte_chunkings_in_every_encoding_stream_to_the_batch_result()
    {
        Encoding[] encodings = [new UTF8Encoding(false), new UTF8Encoding(true), new UnicodeEncoding(false, true), TextDecoder.GB18030];
        var inputs = encodings.Select(e => e.GetPreamble().Concat(e.GetBytes(fixture.Text)).ToArray()).ToArray();
        var property = Prop.ForAll(
            Gen.Choose(0, inputs.Length - 1).ToArbitrary(),
            Gen.Choose(1, 5000).ArrayOf().ToArbitrary(),
            Gen.Choose(1000, 200_000).ToArbitrary(),
            (encoding, sizes, chunkLength) =>
            {
                var streamed = CollectAsync(fixture.Driver.StreamAsync(Pieces(inputs[encoding], sizes), new StreamOptions { ChunkLength = chunkLength }, CancellationToken.None)).GetAwaiter().GetResult();
                return fixture.Batch.SequenceEqual(streamed);
            });
        property.Check(Config.QuickThrowOnFailure.WithMaxTest(12));
    }

    [Fact]
    public async Task A_stream_that_throws_mid_read_yields_what_arrived_and_reports_where_it_stopped()
    {
        var complete = "# 大事记\n\n## 1 月\n\n2日 召开会议。\n\n3日 调研。\n\n4日 座谈";
        var bytes = Encoding.UTF8.GetBytes(complete + "会。\n\n5日 视察。\n");
        var received = Encoding.UTF8.GetByteCount(complete);
        var diagnostics = new DiagnosticBag();

        var streamed = await CollectAsync(fixture.Driver.StreamAsync(new FaultyStream(bytes, received), new StreamOptions { Diagnostics = diagnostics }, CancellationToken.None));

        // The text that arrived is analysed as if the input had ended there: the last entry is cut short.
        var batch = fixture.Driver.Run(Corpus.Create().AddDocument("stream", SourceText.From(complete))).GetRunResult().GetOutputs<AnalysedItem>();
        Assert.Equal(batch, streamed);
        Assert.Equal(["2日 召开会议。", "3日 调研。", "4日 座谈"], streamed.Where(i => i.Item.Kind == CorpusItemKind.ChronicleEntry).Select(i => i.Item.Text.Trim()));
        var stopped = Assert.Single(diagnostics.ToArray().AsImmutableArray(), d => d.Id == PipelineDiagnostics.InputStopped.Id);
        Assert.Equal(new TextSpan(complete.Length, 0), stopped.Span);
        Assert.Contains($"after {received} bytes", stopped.Message, StringComparison.Ordinal);
        Assert.Contains(FaultyStream.Message, stopped.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_stream_that_throws_inside_a_character_yields_what_a_batch_run_of_the_bytes_received_does(int bytesOfTheCharacter)
    {
        // Shorter than the encoding-detection window, so nothing was decoded before the read failed.
        var complete = "# 大事记\n\n## 1 月\n\n2日 召开会议。\n\n3日 调研。\n\n4日 座谈";
        var bytes = Encoding.UTF8.GetBytes(complete + "会。\n");
        var received = Encoding.UTF8.GetByteCount(complete) + bytesOfTheCharacter;
        var diagnostics = new DiagnosticBag();

        var streamed = await CollectAsync(fixture.Driver.StreamAsync(new FaultyStream(bytes, received), new StreamOptions { Diagnostics = diagnostics }, CancellationToken.None));

        var decoded = SourceText.From(bytes[..received], Encoding.UTF8, null, null);
        Assert.Equal(complete + "\uFFFD", decoded.ToString());
        var batch = fixture.Driver.Run(Corpus.Create().AddDocument("stream", decoded)).GetRunResult().GetOutputs<AnalysedItem>();
        Assert.Equal(batch, streamed);
        Assert.Contains(diagnostics.ToArray().AsImmutableArray(), d => d.Id == CoreDiagnostics.InvalidBytes.Id);
        var stopped = Assert.Single(diagnostics.ToArray().AsImmutableArray(), d => d.Id == PipelineDiagnostics.InputStopped.Id);
        Assert.Equal(new TextSpan(decoded.Length, 0), stopped.Span);
        Assert.Contains($"after {received} bytes", stopped.Message, StringComparison.Ordinal);
    }
}
