using System.Collections;

namespace Weidu.Core;

/// <summary>One line of a <see cref="SourceText"/>: its content span and the line break after it.</summary>
public readonly struct TextLine : IEquatable<TextLine>
{
    internal TextLine(SourceText text, int lineNumber, int start, int end, int endIncludingLineBreak)
    {
        Text = text;
        LineNumber = lineNumber;
        Start = start;
        End = end;
        EndIncludingLineBreak = endIncludingLineBreak;
    }

    /// <summary>The text the line belongs to.</summary>
    public SourceText? Text { get; }

    /// <summary>The zero-based line number.</summary>
    public int LineNumber { get; }

    /// <summary>The position of the line's first character.</summary>
    public int Start { get; }

    /// <summary>The position just past the line's content, before its line break.</summary>
    public int End { get; }

    /// <summary>The position just past the line break (<c>\n</c>, <c>\r\n</c> or <c>\r</c>), or <see cref="End"/> on the last line.</summary>
    public int EndIncludingLineBreak { get; }

    /// <summary>The line's content without its line break.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>The line's content with its line break.</summary>
    public TextSpan SpanIncludingLineBreak => TextSpan.FromBounds(Start, EndIncludingLineBreak);

    /// <summary>The line's content without its line break.</summary>
    public override string ToString() => Text?.ToString(Span) ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(TextLine other) => ReferenceEquals(Text, other.Text) && LineNumber == other.LineNumber
        && Start == other.Start && EndIncludingLineBreak == other.EndIncludingLineBreak;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextLine other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LineNumber, Start, EndIncludingLineBreak);

    /// <summary>Equality of text, number and bounds.</summary>
    public static bool operator ==(TextLine left, TextLine right) => left.Equals(right);

    /// <summary>Inequality of text, number or bounds.</summary>
    public static bool operator !=(TextLine left, TextLine right) => !left.Equals(right);
}

/// <summary>
/// The lines of a <see cref="SourceText"/>. A line ends at <c>\n</c>, <c>\r\n</c> or <c>\r</c>;
/// a text always has at least one line, and a text ending in a line break has an empty last line.
/// </summary>
public sealed class TextLineCollection : IReadOnlyList<TextLine>
{
    private readonly SourceText _text;
    private readonly int[] _lineStarts;

    internal TextLineCollection(SourceText text, int[] lineStarts)
    {
        _text = text;
        _lineStarts = lineStarts;
    }

    /// <summary>The number of lines (at least one).</summary>
    public int Count => _lineStarts.Length;

    /// <summary>The line with the given zero-based number.</summary>
    public TextLine this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _lineStarts.Length);
            var start = _lineStarts[index];
            var endWithBreak = index + 1 < _lineStarts.Length ? _lineStarts[index + 1] : _text.Length;
            var end = endWithBreak;
            if (index + 1 < _lineStarts.Length)
            {
                end--;
                if (_text[end] == '\n' && end > start && _text[end - 1] == '\r')
                {
                    end--;
                }
            }

            return new TextLine(_text, index, start, end, endWithBreak);
        }
    }

    /// <summary>The zero-based number of the line that holds <paramref name="position"/> (a position equal to the text length is on the last line).</summary>
    public int IndexOf(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, _text.Length);
        var index = Array.BinarySearch(_lineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The line that holds <paramref name="position"/>.</summary>
    public TextLine GetLineFromPosition(int position) => this[IndexOf(position)];

    /// <summary>The line and column of <paramref name="position"/>.</summary>
    public LinePosition GetLinePosition(int position)
    {
        var line = IndexOf(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    /// <summary>The line and column of each end of <paramref name="span"/>.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) => new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The position of a line and column; the column may not run past the line's break.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The line does not exist or the column is past the end of the line including its break.</exception>
    public int GetPosition(LinePosition position)
    {
        var line = this[position.Line];
        ArgumentOutOfRangeException.ThrowIfNegative(position.Character);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position.Character, line.EndIncludingLineBreak - line.Start);
        return line.Start + position.Character;
    }

    /// <summary>The span between two line positions.</summary>
    public TextSpan GetTextSpan(LinePositionSpan span) => TextSpan.FromBounds(GetPosition(span.Start), GetPosition(span.End));

    /// <summary>Enumerates the lines in order.</summary>
    public IEnumerator<TextLine> GetEnumerator()
    {
        for (var i = 0; i < _lineStarts.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static int[] ComputeLineStarts(ReadOnlySpan<char> text)
    {
        var starts = new List<int>(Math.Max(4, text.Length / 64)) { 0 };
        var position = 0;
        while (position < text.Length)
        {
            var next = text[position..].IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            position += next;
            if (text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n')
            {
                position++;
            }

            position++;
            starts.Add(position);
        }

        return [.. starts];
    }
}
