using System.Text;
using Weidu.Core;

namespace Weidu.Pipeline;

/// <summary>Options of <see cref="CorpusDriver"/>'s streaming methods.</summary>
public sealed class StreamOptions
{
    /// <summary>The encoding of the input, or <see langword="null"/> (the default) to detect UTF-8, UTF-16 with a byte order mark, or GB18030/GBK.</summary>
    public Encoding? Encoding { get; set; }

    /// <summary>The document id the streamed items carry, as the document would have in a <see cref="Corpus"/>.</summary>
    public string DocumentId { get; set; } = "stream";

    /// <summary>
    /// The longest run of text, in UTF-16 code units, that is held waiting for a safe place to cut it; a longer
    /// one is cut anyway and reported as <see cref="PipelineDiagnostics.ItemTooLarge"/>. It bounds memory.
    /// </summary>
    public int MaxItemLength { get; set; } = 1 << 20;

    /// <summary>How much text is gathered into one unit of parallel work before it is cut at the next safe place.</summary>
    public int ChunkLength { get; set; } = 1 << 16;

    /// <summary>How many units of work may be read ahead of the consumer: the back-pressure bound.</summary>
    public int MaxChunksInFlight { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>How many units of work run at once; by default one per core.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Receives decoding diagnostics (invalid bytes, detected encoding), cut items and an input that stopped before its end; may be null.</summary>
    public DiagnosticBag? Diagnostics { get; set; }
}
