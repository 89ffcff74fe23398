using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Weidu.Core;

namespace Weidu.Pipeline.Streaming;

/// <summary>A piece of streamed text cut at a safe boundary: its text, where it starts in the whole stream, and what its analysis needs to know about the text before it.</summary>
internal sealed record TextChunk(ReadOnlyMemory<char> Text, int Offset, object? Context);

/// <summary>
/// Reads bytes from a <see cref="PipeReader"/>, decodes them with <see cref="TextDecoder"/>, cuts the text at
/// safe boundaries into chunks, analyses the chunks in parallel and yields their results in input order.
/// At most <see cref="StreamOptions.MaxChunksInFlight"/> chunks are read ahead of the consumer, so memory is
/// bounded by that many chunks, whatever the size of the input.
/// </summary>
internal static class ChunkStreamer
{
    public static async IAsyncEnumerable<T> StreamAsync<T>(
        PipeReader reader,
        StreamOptions options,
        ChunkBoundaries boundaries,
        Func<TextChunk, CancellationToken, IReadOnlyList<T>> analyse,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var gate = new SemaphoreSlim(Math.Max(1, options.MaxDegreeOfParallelism));
        var pending = Channel.CreateBounded<Task<IReadOnlyList<T>>>(new BoundedChannelOptions(Math.Max(1, options.MaxChunksInFlight))
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var producer = Task.Run(() => ProduceAsync(reader, options, boundaries, analyse, pending.Writer, gate, stop.Token), stop.Token);
        try
        {
            await foreach (var work in pending.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                foreach (var item in await work.ConfigureAwait(false))
                {
                    yield return item;
                }
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await DrainAsync(producer, pending.Reader).ConfigureAwait(false);
        }
    }

    private static async Task ProduceAsync<T>(
        PipeReader reader,
        StreamOptions options,
        ChunkBoundaries boundaries,
        Func<TextChunk, CancellationToken, IReadOnlyList<T>> analyse,
        ChannelWriter<Task<IReadOnlyList<T>>> writer,
        SemaphoreSlim gate,
        CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            var decoder = new TextDecoder(options.Encoding, options.Diagnostics, options.DocumentId);
            var text = new CharBuffer();
            var cutter = new Cutter(options, boundaries);
            // The bytes received but not yet decoded (a split character, the detection window): if the input
            // breaks off, the pipe's buffer is gone with it, and these are decoded as its final bytes.
            var unread = new ArrayBufferWriter<byte>();
            var flushed = false;
            while (!flushed)
            {
                var (read, readFailure) = await TryReadAsync(reader, cancellationToken).ConfigureAwait(false);
                if (readFailure is not null)
                {
                    // The input broke off: what arrived is analysed as if the input had ended there.
                    decoder.Decode(unread.WrittenSpan, isFinalBlock: true, text);
                    options.Diagnostics?.Add(Diagnostic.Create(
                        PipelineDiagnostics.InputStopped,
                        new TextSpan(checked((int)decoder.CharsWritten), 0),
                        options.DocumentId,
                        decoder.BytesConsumed,
                        readFailure.Message));
                    flushed = true;
                }
                else
                {
                    var buffer = read.Buffer;
                    var consumed = Decode(decoder, buffer, read.IsCompleted, text, out flushed);
                    unread.ResetWrittenCount();
                    var rest = buffer.Slice(consumed);
                    rest.CopyTo(unread.GetSpan(checked((int)rest.Length)));
                    unread.Advance((int)rest.Length);
                    reader.AdvanceTo(consumed, buffer.End);
                    if (read.IsCompleted && !flushed)
                    {
                        decoder.Decode([], isFinalBlock: true, text);
                        flushed = true;
                    }
                }

                while (cutter.TryCut(text, isFinal: flushed, out var chunk))
                {
                    var work = Task.Run(
                        async () =>
                        {
                            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                            try
                            {
                                return analyse(chunk, cancellationToken);
                            }
                            finally
                            {
                                gate.Release();
                            }
                        },
                        cancellationToken);
                    try
                    {
                        await writer.WriteAsync(work, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        // The work never reached the consumer, who would have waited for it: wait here.
                        await ((Task)work).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                        throw;
                    }
                }
            }
        }
        catch (Exception exception)
        {
            failure = exception;
            throw;
        }
        finally
        {
            writer.TryComplete(failure);
            await reader.CompleteAsync(failure).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads from <paramref name="reader"/>, returning instead of throwing the exception of a read that failed
    /// for any reason but the cancellation of <paramref name="cancellationToken"/>.
    /// </summary>
    private static async ValueTask<(ReadResult Read, Exception? Failure)> TryReadAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return (await reader.ReadAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A broken input is bad input, reported rather than thrown (a stream's own timeout included).
            return (default, exception);
        }
    }

    /// <summary>
    /// Decodes what it can of <paramref name="buffer"/> and returns the position up to which the bytes were used.
    /// When the decoder needs bytes from beyond the current segment (a character split across segments, or the
    /// encoding-detection window), the bytes ahead are copied into one span; when it needs bytes that have not
    /// arrived, decoding stops and the caller examines the whole buffer, so the next read waits for more.
    /// </summary>
    private static SequencePosition Decode(TextDecoder decoder, ReadOnlySequence<byte> buffer, bool isCompleted, CharBuffer output, out bool flushed)
    {
        flushed = false;
        var reader = new SequenceReader<byte>(buffer);
        while (!reader.End)
        {
            var span = reader.UnreadSpan;
            var isLast = isCompleted && reader.Remaining == span.Length;
            var used = decoder.Decode(span, isLast, output);
            flushed |= isLast;
            if (used == 0 && reader.Remaining > span.Length)
            {
                var ahead = (int)Math.Min(reader.Remaining, span.Length + TextDecoder.DetectionWindow + 16);
                var copy = ArrayPool<byte>.Shared.Rent(ahead);
                try
                {
                    reader.TryCopyTo(copy.AsSpan(0, ahead));
                    isLast = isCompleted && reader.Remaining == ahead;
                    used = decoder.Decode(copy.AsSpan(0, ahead), isLast, output);
                    flushed |= isLast;
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(copy);
                }
            }

            if (used == 0)
            {
                break;
            }

            reader.Advance(used);
        }

        return reader.Position;
    }

    private static async Task DrainAsync<T>(Task producer, ChannelReader<Task<IReadOnlyList<T>>> pending)
    {
        // The consumer stopped (at the end, early, or cancelled): what is left only needs to finish.
        await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        while (pending.TryRead(out var work))
        {
            await ((Task)work).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Decides where the buffered text is cut.</summary>
    private sealed class Cutter(StreamOptions options, ChunkBoundaries boundaries)
    {
        private readonly int _chunkLength = Math.Max(1, options.ChunkLength);
        private readonly int _maxItemLength = Math.Max(2, options.MaxItemLength);
        private int _offset;
        private int _failedLength;

        public bool TryCut(CharBuffer text, bool isFinal, out TextChunk chunk)
        {
            chunk = null!;
            var written = text.Written;
            if (written.IsEmpty || (!isFinal && (written.Length < _chunkLength || written.Length < _failedLength + (_failedLength / 2))))
            {
                // Looking for boundaries reads the whole buffer; after a failed look, wait until it has grown by half.
                return false;
            }

            var cut = boundaries.FindCut(written, Math.Min(written.Length, _chunkLength));

            if (cut == 0 || cut > _maxItemLength)
            {
                if (isFinal && written.Length <= _maxItemLength)
                {
                    cut = written.Length;
                }
                else if (written.Length > _maxItemLength)
                {
                    cut = ForcedCut(written);
                }
                else
                {
                    _failedLength = written.Length;
                    return false;
                }
            }

            _failedLength = 0;
            var taken = text.Take(cut);
            chunk = new TextChunk(taken, _offset, boundaries.Describe(taken));
            _offset = checked(_offset + cut);
            return true;
        }

        private int ForcedCut(ReadOnlyMemory<char> written)
        {
            var window = written.Span[.._maxItemLength];
            var cut = window.LastIndexOf('\n') + 1;
            if (cut == 0)
            {
                cut = char.IsHighSurrogate(window[^1]) ? window.Length - 1 : window.Length;
            }

            options.Diagnostics?.Add(Diagnostic.Create(PipelineDiagnostics.ItemTooLarge, new TextSpan(_offset + cut, 0), options.DocumentId, _maxItemLength, _offset + cut));
            return cut;
        }
    }
}
