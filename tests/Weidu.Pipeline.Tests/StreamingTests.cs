using System.IO.Pipelines;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Weidu.Core;
using Weidu.Pipeline.Streaming;

namespace Weidu.Pipeline.Tests;

public class StreamingTests
{
    private static readonly string Yearbook = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));

    /// <summary>The toy analysis: the blank-line paragraphs of a chunk, with their spans in the whole stream.</summary>
    internal static IReadOnlyList<(int Start, string Text)> Paragraphs(string text, int offset)
    {
        var result = new List<(int, string)>();
        var start = 0;
        foreach (var part in text.Split("\n\n"))
        {
            if (part.Trim().Length > 0)
            {
                result.Add((offset + start, part.Trim('\n')));
            }

            start += part.Length + 2;
        }

        return result;
    }

    private static async Task<List<(int Start, string Text)>> StreamAsync(PipeReader reader, StreamOptions options, CancellationToken cancellationToken = default)
    {
        var items = new List<(int, string)>();
        await foreach (var item in ChunkStreamer.StreamAsync(reader, options, BlankLineBoundaries.Instance, (c, _) => Paragraphs(c.Text.ToString(), c.Offset), cancellationToken))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>A reader that hands out <paramref name="bytes"/> in pieces of the given sizes, each piece its own segment.</summary>
    private static PipeReader Chunked(byte[] bytes, IEnumerable<int> sizes)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0, minimumSegmentSize: 1));
        _ = Task.Run(async () =>
        {
            var at = 0;
            using var size = sizes.GetEnumerator();
            while (at < bytes.Length)
            {
                var length = Math.Min(bytes.Length - at, size.MoveNext() ? Math.Max(1, size.Current) : bytes.Length);
                await pipe.Writer.WriteAsync(bytes.AsMemory(at, length));
                at += length;
            }

            await pipe.Writer.CompleteAsync();
        });
        return pipe.Reader;
    }

    private static IReadOnlyList<(int Start, string Text)> Batch(string text)
    {
        var items = Paragraphs(text, 0);
        return items;
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("gb18030")]
    public async Task The_yearbook_streams_to_the_batch_result_in_every_encoding(string name)
    {
        var text = Yearbook[..60_000];
        byte[] bytes = name switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => TextDecoder.GB18030.GetBytes(text),
        };

        var streamed = await StreamAsync(Chunked(bytes, Enumerable.Repeat(1000, 10_000)), new StreamOptions { ChunkLength = 4096 });
        Assert.Equal(Batch(text), streamed);
    }

    [Fact]
    public async Task A_chosen_encoding_overrides_detection()
    {
        const string Text = "魏都区\n\n许昌市";
        var bytes = TextDecoder.GB18030.GetBytes(Text);
        var streamed = await StreamAsync(PipeReader.Create(new MemoryStream(bytes)), new StreamOptions { Encoding = TextDecoder.GB18030 });
        Assert.Equal(Batch(Text), streamed);
    }

    [Fact]
    public void Random_chunkings_stream_to_the_batch_result()
    {
        var text = Yearbook[..12_000] + "\n\n𠀀𠀁 表外字";
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = Batch(text);
        var sizes = Gen.Choose(1, 700).ListOf().Select(l => l.ToArray());
        var chunkLengths = Gen.Choose(16, 3000);
        Prop.ForAll(sizes.ToArbitrary(), chunkLengths.ToArbitrary(), (pieces, chunkLength) =>
        {
            var streamed = StreamAsync(Chunked(bytes, pieces), new StreamOptions { ChunkLength = chunkLength, MaxChunksInFlight = 3 }).GetAwaiter().GetResult();
            return expected.SequenceEqual(streamed);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public async Task A_split_multibyte_character_at_every_position_decodes_once()
    {
        const string Text = "甲\n\n𠀀乙\n\n丙";
        var bytes = Encoding.UTF8.GetBytes(Text);
        for (var split = 1; split < bytes.Length; split++)
        {
            var streamed = await StreamAsync(Chunked(bytes, [split, 1, 1, 1]), new StreamOptions { ChunkLength = 1 });
            Assert.Equal(Batch(Text), streamed);
        }
    }

    [Fact]
    public async Task Text_without_boundaries_is_cut_at_the_maximum_and_reported()
    {
        var text = new string('字', 5000);
        var diagnostics = new DiagnosticBag();
        var streamed = await StreamAsync(PipeReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(text))), new StreamOptions { ChunkLength = 100, MaxItemLength = 1000, Diagnostics = diagnostics });

        Assert.Equal(5, streamed.Count);
        Assert.All(streamed, p => Assert.Equal(1000, p.Text.Length));
        Assert.Equal(4, diagnostics.ToArray().Count(d => d.Id == "WD5001"));
    }

    [Fact]
    public async Task Invalid_bytes_are_replaced_and_reported_with_their_offset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("甲乙"), 0xFF, .. Encoding.UTF8.GetBytes("丙")];
        var diagnostics = new DiagnosticBag();
        var streamed = await StreamAsync(Chunked(bytes, [1, 1, 1, 1, 1, 1, 1, 1]), new StreamOptions { Encoding = new UTF8Encoding(false), Diagnostics = diagnostics });

        Assert.Equal("甲乙\uFFFD丙", Assert.Single(streamed).Text);
        Assert.Contains("byte offset 6", Assert.Single(diagnostics.ToArray(), d => d.Id == "WD0001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_keep_input_order_although_chunks_finish_out_of_order()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 200).Select(i => $"第{i}段"));
        var random = new Random(7);
        var items = new List<string>();
        await foreach (var item in ChunkStreamer.StreamAsync(
            PipeReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(text))),
            new StreamOptions { ChunkLength = 8, MaxDegreeOfParallelism = 4, MaxChunksInFlight = 8 },
            BlankLineBoundaries.Instance,
            (chunk, _) =>
            {
                Thread.Sleep(random.Next(3));
                return Paragraphs(chunk.Text.ToString(), chunk.Offset).Select(p => p.Text).ToList();
            },
            CancellationToken.None))
        {
            items.Add(item);
        }

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"第{i}段"), items);
    }

    [Fact]
    public async Task Back_pressure_bounds_the_chunks_read_ahead_of_the_consumer()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 500).Select(i => $"第{i}段"));
        var started = 0;
        var maxAhead = 0;
        var consumed = 0;
        await foreach (var item in ChunkStreamer.StreamAsync(
            PipeReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(text))),
            new StreamOptions { ChunkLength = 8, MaxChunksInFlight = 3 },
            BlankLineBoundaries.Instance,
            (chunk, _) =>
            {
                Interlocked.Increment(ref started);
                return Paragraphs(chunk.Text.ToString(), chunk.Offset).Select(p => p.Text).ToList();
            },
            CancellationToken.None))
        {
            consumed++;
            await Task.Delay(1);
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref started) - consumed);
        }

        Assert.Equal(500, consumed);
        Assert.InRange(maxAhead, 0, 3 + 2);
    }

    [Fact]
    public async Task Cancelling_mid_stream_ends_the_stream_and_leaves_no_running_work()
    {
        var pipe = new Pipe();
        var running = 0;
        using var cancellation = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var paragraph = Encoding.UTF8.GetBytes(new string('字', 200) + "\n\n");
            try
            {
                while (!(await pipe.Writer.WriteAsync(paragraph)).IsCompleted)
                {
                }
            }
            catch (OperationCanceledException)
            {
                // The stream completed the reader with the cancellation, which the writer sees here.
            }
        });

        var received = 0;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in ChunkStreamer.StreamAsync(
                pipe.Reader,
                new StreamOptions { ChunkLength = 1000 },
                BlankLineBoundaries.Instance,
                (chunk, token) =>
                {
                    Interlocked.Increment(ref running);
                    try
                    {
                        Thread.Sleep(5);
                        token.ThrowIfCancellationRequested();
                        return Paragraphs(chunk.Text.ToString(), chunk.Offset);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref running);
                    }
                },
                cancellation.Token))
            {
                if (++received == 50)
                {
                    stopwatch.Restart();
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
        Assert.Equal(0, Volatile.Read(ref running));
        await pipe.Writer.CompleteAsync();
        await writer;
    }

    [Theory]
    [InlineData(5000)]
    [InlineData(30_001)]
    [InlineData(100_002)]
    public async Task A_read_failure_ends_the_stream_with_the_text_received_analysed_and_a_diagnostic(int failAt)
    {
        var bytes = Encoding.UTF8.GetBytes(Yearbook);
        var diagnostics = new DiagnosticBag();

        var streamed = await StreamAsync(
            PipeReader.Create(new FaultyStream(bytes, failAt)),
            new StreamOptions { ChunkLength = 2000, Diagnostics = diagnostics });

        var received = new UTF8Encoding(false).GetString(bytes, 0, failAt);
        Assert.Equal(Batch(received), streamed);
        var stopped = Assert.Single(diagnostics.ToArray().AsImmutableArray(), d => d.Id == PipelineDiagnostics.InputStopped.Id);
        Assert.Equal(new TextSpan(received.Length, 0), stopped.Span);
        Assert.Equal($"The input stopped after {failAt} bytes: {FaultyStream.Message}", stopped.Message);
    }
}
