using Weidu.Core;
using Weidu.Segmentation;

namespace Weidu.Pipeline.Streaming;

/// <summary>
/// Boundaries between yearbook documents, found by the segmenter itself: every document it completes in the
/// text so far (all but the last, which may still grow) ends at a boundary. A document is the unit the
/// segmenter reads with its own context (its kind, a chronicle's months, the entries' date chain), so cutting
/// between documents leaves the analysis of each unchanged, with one exception that this class carries over:
/// a chronicle whose title prints no year takes the year most documents before it are dated, and those may be
/// in earlier chunks. So a chronicle always starts a chunk, and <see cref="Describe"/> gives each chunk the year
/// the documents before it decide (with the segmenter's own <see cref="ChronicleYearTally"/>).
/// </summary>
/// <param name="chronicleYear">The year the options give chronicles without one, which overrides the documents' tally.</param>
internal sealed class DocumentBoundaries(int? chronicleYear) : ChunkBoundaries
{
    private readonly ChronicleYearTally _years = new();
    private YearbookSegmenter? _segmenter;
    private int? _segmenterYear;

    // The documents of the last look, each with where it ends, read from the buffer's own memory: the buffer never
    // overwrites text it holds, so the documents a chunk is cut after are that chunk's, and it need not be segmented again.
    private List<(int End, YearbookDocument Document)> _documents = [];

    /// <inheritdoc />
    /// <remarks>Finds the documents once for both looks: finding them is most of the stream's own work.</remarks>
    public override int FindCut(ReadOnlyMemory<char> text, int length)
    {
        var ends = Boundaries(text);
        var last = ends.FindLast(end => end <= length);
        return last != 0 ? last : ends.Find(end => end > length);
    }

    /// <summary>
    /// What the chunk's analysis needs: the year of a chronicle at its start, as the documents before it decide, and
    /// its documents when the last look found them (they end where the chunk does); then counts the chunk's own.
    /// </summary>
    public override object? Describe(ReadOnlyMemory<char> chunk)
    {
        var year = _years.MostCommonYear;
        PositionedNode[]? documents = null;
        if (_documents.Exists(d => d.End == chunk.Length))
        {
            documents = [.. _documents.Where(d => d.End <= chunk.Length).Select(d => new PositionedNode(d.Document, d.End - d.Document.FullLength))];
        }

        foreach (var document in documents?.Select(d => (YearbookDocument)d.Node) ?? Segmenter().EnumerateDocuments(SourceText.From(chunk)))
        {
            _years.Add(document);
        }

        _documents = [];
        return new ChunkContext(year, documents);
    }

    /// <summary>The ends of the complete documents, up to the start of the first chronicle after the first document.</summary>
    private List<int> Boundaries(ReadOnlyMemory<char> text)
    {
        // Segmented as the chunk would be on its own: with the year a chronicle at its start takes.
        _documents = [];
        var position = 0;
        foreach (var document in Segmenter().EnumerateDocuments(SourceText.From(text)))
        {
            position += document.FullLength;
            _documents.Add((position, document));
        }

        var ends = new List<int>();
        for (var i = 0; i + 1 < _documents.Count; i++)
        {
            ends.Add(_documents[i].End);
            if (_documents[i + 1].Document.DocumentKind == DocumentKind.Chronicle)
            {
                break;
            }
        }

        return ends;
    }

    /// <summary>A segmenter with the year a chronicle at the buffer's start takes: the options', else the tally's.</summary>
    private YearbookSegmenter Segmenter()
    {
        var year = chronicleYear ?? _years.MostCommonYear;
        if (_segmenter is null || _segmenterYear != year)
        {
            _segmenterYear = year;
            _segmenter = new YearbookSegmenter(new YearbookSegmenterOptions { Year = year });
        }

        return _segmenter;
    }
}

/// <summary>What a streamed chunk's analysis needs from the text before it, and the chunk's documents if they were already read.</summary>
/// <param name="ChronicleYear">The year a chronicle at the chunk's start takes when its title prints none.</param>
/// <param name="Documents">The chunk's documents, positioned in it, as segmenting it with that year gives them; null when it must be segmented.</param>
internal sealed record ChunkContext(int? ChronicleYear, IReadOnlyList<PositionedNode>? Documents);
