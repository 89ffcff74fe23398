using Weidu.Core;
using Weidu.Segmentation;

namespace Weidu.Pipeline.BuiltIns;

/// <summary>
/// Maps positions in a node's clean text back to positions in its full text. The clean text is the full text
/// with the trivia runs left out, each CR LF read as one line feed, and the children of a composite node joined
/// by a line feed that stands for the layout between them; so it is a sequence of runs, each either copied
/// verbatim, a line feed standing for CR LF, or a joining line feed that stands for no source character.
/// Not thread-safe: it remembers its last look-up.
/// </summary>
internal sealed class CleanTextMap
{
    private readonly List<Run> _runs = [];
    private readonly int _fullLength;
    private int _cleanLength;
    private readonly bool _isVerbatim;
    private int _lastFound;

    public CleanTextMap(YearbookNode node)
    {
        _fullLength = node.FullLength;
        Add(node, 0);
        _isVerbatim = _runs is [{ CleanStart: 0, SourceStart: 0 } only] && only.CleanLength == _fullLength && only.SourceLength == _fullLength;
    }

    /// <summary>Maps a span of the clean text to the span of full text it was read from, shifted by <paramref name="origin"/>.</summary>
    public TextSpan Map(TextSpan clean, int origin)
    {
        // Most paragraphs have no trivia: their clean text is their source, and every span only moves.
        if (_isVerbatim)
        {
            return new TextSpan(origin + clean.Start, clean.Length);
        }

        var start = MapStart(clean.Start);
        var end = clean.IsEmpty ? start : Math.Max(start, MapEnd(clean.End));
        return TextSpan.FromBounds(origin + start, origin + end);
    }

    private void Add(YearbookNode node, int sourceStart)
    {
        if (node is YearbookLeaf leaf)
        {
            AddLeaf(leaf, sourceStart);
            return;
        }

        var childStart = sourceStart;
        for (var i = 0; i < node.Children.Count; i++)
        {
            if (i > 0)
            {
                // The joining line feed stands at the boundary between the two children.
                _runs.Add(new Run(_cleanLength, childStart, 1, 0));
                _cleanLength++;
            }

            Add(node.Children[i], childStart);
            childStart += node.Children[i].FullLength;
        }
    }

    private void AddLeaf(YearbookLeaf leaf, int sourceStart)
    {
        var text = leaf.FullText.Span;
        var position = 0;
        foreach (var trivia in leaf.Trivia)
        {
            if (trivia.Span.Start > position)
            {
                AddKept(text, position, trivia.Span.Start, sourceStart);
            }

            position = Math.Max(position, trivia.Span.End);
        }

        if (position < text.Length)
        {
            AddKept(text, position, text.Length, sourceStart);
        }
    }

    private void AddKept(ReadOnlySpan<char> text, int start, int end, int sourceStart)
    {
        while (start < end)
        {
            var cr = text[start..end].IndexOf('\r');
            var verbatimEnd = cr < 0 ? end : start + cr;
            if (verbatimEnd > start)
            {
                _runs.Add(new Run(_cleanLength, sourceStart + start, verbatimEnd - start, verbatimEnd - start));
                _cleanLength += verbatimEnd - start;
            }

            if (cr < 0)
            {
                return;
            }

            var crLength = verbatimEnd + 1 < end && text[verbatimEnd + 1] == '\n' ? 2 : 1;
            _runs.Add(new Run(_cleanLength, sourceStart + verbatimEnd, 1, crLength));
            _cleanLength++;
            start = verbatimEnd + crLength;
        }
    }

    private int MapStart(int clean)
    {
        if (clean >= _cleanLength)
        {
            return _fullLength;
        }

        var run = _runs[Find(clean)];
        return run.CleanLength == run.SourceLength ? run.SourceStart + (clean - run.CleanStart) : run.SourceStart;
    }

    private int MapEnd(int clean)
    {
        if (clean <= 0)
        {
            return MapStart(0);
        }

        var run = _runs[Find(clean - 1)];
        return run.CleanLength == run.SourceLength ? run.SourceStart + (clean - run.CleanStart) : run.SourceStart + run.SourceLength;
    }

    private int Find(int clean)
    {
        // Spans are mapped in text order, so the run of the last look-up or the one after it usually holds this one.
        if (Holds(_lastFound, clean))
        {
            return _lastFound;
        }

        if (Holds(_lastFound + 1, clean))
        {
            return ++_lastFound;
        }

        int low = 0, high = _runs.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_runs[middle].CleanStart <= clean)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _lastFound = low;
    }

    private bool Holds(int run, int clean) =>
        run < _runs.Count && _runs[run].CleanStart <= clean && (run + 1 == _runs.Count || _runs[run + 1].CleanStart > clean);

    /// <summary>A run of the clean text and the source it stands for.</summary>
    private readonly record struct Run(int CleanStart, int SourceStart, int CleanLength, int SourceLength);
}
