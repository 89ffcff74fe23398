using System.Buffers;
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
internal sealed class DocumentBoundaries(YearbookSegmenter segmenter) : ChunkBoundaries
{
    private readonly ChronicleYearTally _years = new();
    private List<(int End, YearbookDocument Document)> _documents = [];

    // The text the documents in _documents were read from: a pooled copy of the buffer, which moves when a chunk is
    // taken. A string of it went to the large-object heap on every look, and those strings set off most full GCs.
    private char[]? _copy;

    public override int FindLast(ReadOnlySpan<char> text, int end)
    {
        var found = 0;
        foreach (var boundary in Boundaries(text))
        {
            if (boundary > end)
            {
                break;
            }

            found = boundary;
        }

        return found;
    }

    public override int FindFirst(ReadOnlySpan<char> text, int start)
    {
        foreach (var boundary in Boundaries(text))
        {
            if (boundary > start)
            {
                return boundary;
            }
        }

        return 0;
    }

    /// <inheritdoc />
    /// <remarks>Finds the documents once for both looks: finding them is most of the stream's own work.</remarks>
    public override int FindCut(ReadOnlySpan<char> text, int length)
    {
        var ends = Boundaries(text);
        var last = ends.FindLast(end => end <= length);
        return last != 0 ? last : ends.Find(end => end > length);
    }

    /// <summary>The year of a chronicle at the start of <paramref name="chunk"/>, as the documents before it decide; then counts the chunk's own.</summary>
    public override object? Describe(string chunk)
    {
        var year = _years.MostCommonYear;
        var documents = _documents.Count > 0 && _documents.Exists(d => d.End == chunk.Length)
            ? _documents.Where(d => d.End <= chunk.Length).Select(d => d.Document)
            : segmenter.EnumerateDocuments(SourceText.From(chunk));
        foreach (var document in documents)
        {
            _years.Add(document);
        }

        ForgetDocuments();
        return year;
    }

    /// <summary>The ends of the complete documents, up to the start of the first chronicle after the first document.</summary>
    private List<int> Boundaries(ReadOnlySpan<char> text)
    {
        ForgetDocuments();
        _copy = ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(_copy);
        var position = 0;
        foreach (var document in segmenter.EnumerateDocuments(SourceText.From(_copy.AsMemory(0, text.Length))))
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

    private void ForgetDocuments()
    {
        _documents = [];
        if (_copy is not null)
        {
            ArrayPool<char>.Shared.Return(_copy);
            _copy = null;
        }
    }
}
