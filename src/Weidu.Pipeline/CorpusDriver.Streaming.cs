using System.IO.Pipelines;
using Weidu.Core;
using Weidu.Pipeline.BuiltIns;
using Weidu.Pipeline.Engine;
using Weidu.Pipeline.Streaming;

namespace Weidu.Pipeline;

public sealed partial class CorpusDriver
{
    /// <summary>
    /// Analyses a stream as <see cref="StreamAsync(PipeReader, StreamOptions?, CancellationToken)"/> does; the stream is left open.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public IAsyncEnumerable<AnalysedItem> StreamAsync(Stream stream, StreamOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);

        // Reads of 64 KB, not the pipe's default 4 KB: a stream without its own asynchronous reads runs each read as
        // a thread-pool work item, and at 4 KB the hand-offs between threads cost more than decoding the bytes.
        return StreamAsync(PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 1 << 16, minimumReadSize: 1 << 14, leaveOpen: true)), options, cancellationToken);
    }

    /// <summary>
    /// Analyses text as it arrives and yields its paragraphs and entries in input order, each as soon as the
    /// document it belongs to is complete. The bytes are decoded as they come (UTF-8 with or without a byte order
    /// mark, UTF-16 with one, GB18030/GBK: detected or chosen in <paramref name="options"/>), cut between
    /// documents into chunks that are analysed in parallel, at most <see cref="StreamOptions.MaxChunksInFlight"/>
    /// ahead of the consumer; the items are those a batch <see cref="Run(Corpus, CancellationToken)"/> of the
    /// whole text as one document would output (see <see cref="CorpusDriverOptions.CollectCorpusGazetteer"/>),
    /// with the same absolute spans. If a read fails before the input ends, the text received is analysed as if
    /// the input had ended there, <see cref="PipelineDiagnostics.InputStopped"/> is reported at the position
    /// reached, and the stream ends without an exception; cancelling <paramref name="cancellationToken"/> ends it
    /// with an <see cref="OperationCanceledException"/>. The reader is completed when the stream ends.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public IAsyncEnumerable<AnalysedItem> StreamAsync(PipeReader reader, StreamOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= new StreamOptions();
        var documentId = options.DocumentId;
        var builtIns = _graph.Context.BuiltIns;

        // A graph for the chronicle year of a chunk that must be segmented on its own (one the producer did not read
        // to its end): the year changes seldom along a stream, so the last one made is kept (only that one, so that a
        // stream of many yearbooks does not keep a graph per year).
        YearGraph? last = null;
        return ChunkStreamer.StreamAsync(
            reader,
            options,
            new DocumentBoundaries(builtIns.Services.ChronicleYear),
            (chunk, token) =>
            {
                // A chunk is analysed once: no state is built for a next run that never comes.
                var context = (ChunkContext)chunk.Context!;
                if (context.Documents is { } documents)
                {
                    return builtIns.AnalyseOnce(documentId, documents, chunk.Offset, token);
                }

                var graph = builtIns;
                if (context.ChronicleYear is int year)
                {
                    var kept = Volatile.Read(ref last);
                    if (kept is null || kept.Year != year)
                    {
                        kept = new YearGraph(year, new BuiltInGraph(new IncrementalValuesProvider<CorpusDocument>(new DocumentsNode()), builtIns.Services, builtIns.Options, year));
                        Volatile.Write(ref last, kept);
                    }

                    graph = kept.Graph;
                }

                return graph.AnalyseOnce(new CorpusDocument(documentId, SourceText.From(chunk.Text)), chunk.Offset, token);
            },
            cancellationToken);
    }
}

/// <summary>The built-in graph made for chunks whose chronicles take <see cref="Year"/>.</summary>
file sealed record YearGraph(int Year, BuiltInGraph Graph);
