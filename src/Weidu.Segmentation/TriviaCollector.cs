using System.Buffers;
using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>
/// Collects the trivia of a run of lines in absolute positions, merging neighbouring runs of one kind,
/// then hands them out relative to the leaves the run is cut into.
/// </summary>
internal sealed class TriviaCollector
{
    /// <summary>The characters an inline repair starts with; the scan jumps from one to the next.</summary>
    private static readonly SearchValues<char> InlineStops = SearchValues.Create("* \t\u3000");

    private readonly List<Line> _lines;
    private readonly List<(TriviaKind Kind, int Start, int End)> _runs = [];
    private readonly List<int> _protected = [];

    public TriviaCollector(List<Line> lines) => _lines = lines;

    public void Clear()
    {
        _runs.Clear();
        _protected.Clear();
    }

    /// <summary>Keeps the space run at <paramref name="position"/> (the one that separates an entry marker) out of the repairs.</summary>
    public void Protect(int position)
    {
        if (position >= 0)
        {
            _protected.Add(position);
        }
    }

    public void Add(TriviaKind kind, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        if (_runs.Count > 0 && _runs[^1].Kind == kind && _runs[^1].End == start)
        {
            _runs[^1] = (kind, _runs[^1].Start, end);
            return;
        }

        _runs.Add((kind, start, end));
    }

    /// <summary>
    /// Adds <paramref name="kind"/> over <c>[start, end)</c>, except that the page-header lines inside it,
    /// line break included, are added as <see cref="TriviaKind.PageHeader"/>, and stray bold markers on
    /// lines of their own as <see cref="TriviaKind.Markup"/>.
    /// </summary>
    public void AddGap(TriviaKind kind, int start, int end, int firstLine)
    {
        var cursor = start;
        for (var i = firstLine; i < _lines.Count && _lines[i].Start < end; i++)
        {
            var line = _lines[i];
            if (line.Start < start)
            {
                continue;
            }

            if (line.Kind == LineKind.PageHeader)
            {
                Add(kind, cursor, line.Start);
                Add(TriviaKind.PageHeader, line.Start, Math.Min(line.NextStart, end));
                cursor = Math.Min(line.NextStart, end);
            }
            else if (line.Kind == LineKind.Blank && line.ContentEnd > line.ContentStart && line.ContentEnd <= end)
            {
                Add(kind, cursor, line.ContentStart);
                Add(TriviaKind.Markup, line.ContentStart, line.ContentEnd);
                cursor = line.ContentEnd;
            }
        }

        Add(kind, cursor, end);
    }

    /// <summary>
    /// Adds the markup and spacing repairs inside one line's content <c>[start, end)</c>; spaces between
    /// ideographs are repaired only in a <paramref name="title"/>.
    /// </summary>
    public void AddInline(ReadOnlySpan<char> text, int start, int end, bool title)
    {
        for (var i = start; i < end; i++)
        {
            var skip = text[i..end].IndexOfAny(InlineStops);
            if (skip < 0)
            {
                return;
            }

            i += skip;
            var c = text[i];
            if (c == '*' && i + 1 < end && text[i + 1] == '*')
            {
                Add(TriviaKind.Markup, i, i + 2);
                i++;
                continue;
            }

            if (!TextRules.IsSpace(c))
            {
                continue;
            }

            var j = i;
            while (j < end && TextRules.IsSpace(text[j]))
            {
                j++;
            }

            if (i > start && j < end && !_protected.Contains(i))
            {
                var before = text[i - 1];
                var after = text[j];
                if (((TextRules.IsDigit(before) || before == '%') && TextRules.IsCjk(after)) || (TextRules.IsCjk(before) && TextRules.IsDigit(after)))
                {
                    Add(TriviaKind.NumberSpacing, i, j);
                }
                else if (title && TextRules.IsCjk(before) && TextRules.IsCjk(after))
                {
                    Add(TriviaKind.TitleSpacing, i, j);
                }
            }

            i = j - 1;
        }
    }

    /// <summary>The clean text of <c>[start, end)</c>: the text without the runs collected inside it.</summary>
    public string WriteClean(ReadOnlySpan<char> text, int start, int end)
    {
        var relative = _runs.Count <= 64 ? stackalloc Trivia[_runs.Count] : new Trivia[_runs.Count];
        var count = 0;
        foreach (var run in _runs)
        {
            if (run.Start >= start && run.End <= end)
            {
                relative[count++] = new Trivia(run.Kind, TextSpan.FromBounds(run.Start - start, run.End - start));
            }
        }

        return CleanTextWriter.Write(text[start..end], relative[..count]);
    }

    /// <summary>The runs inside <c>[start, end)</c>, relative to <paramref name="start"/>.</summary>
    public EquatableArray<Trivia> Slice(int start, int end)
    {
        var count = 0;
        foreach (var run in _runs)
        {
            if (run.Start >= start && run.End <= end)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return EquatableArray<Trivia>.Empty;
        }

        var result = new Trivia[count];
        var k = 0;
        foreach (var run in _runs)
        {
            if (run.Start >= start && run.End <= end)
            {
                result[k++] = new Trivia(run.Kind, TextSpan.FromBounds(run.Start - start, run.End - start));
            }
        }

        return new EquatableArray<Trivia>(result);
    }
}
