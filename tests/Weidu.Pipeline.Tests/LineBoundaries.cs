using Weidu.Pipeline.Streaming;

namespace Weidu.Pipeline.Tests;

/// <summary>Boundaries at the start of a line that begins a new unit; only lines already ended by a line break are judged.</summary>
internal abstract class LineBoundaries : ChunkBoundaries
{
    /// <summary>Whether a new unit starts at the complete line <paramref name="line"/>, which follows <paramref name="previousLine"/> (both without their line breaks).</summary>
    protected abstract bool StartsUnit(ReadOnlySpan<char> previousLine, ReadOnlySpan<char> line);

    /// <inheritdoc />
    public override int FindCut(ReadOnlyMemory<char> text, int length)
    {
        var cut = FindLast(text.Span, length);
        return cut != 0 ? cut : FindFirst(text.Span, length);
    }

    /// <summary>The last boundary <c>p</c> with <c>0 &lt; p &lt;= end</c>, or 0 when there is none.</summary>
    private int FindLast(ReadOnlySpan<char> text, int end)
    {
        var found = 0;
        foreach (var boundary in Boundaries(text, 0))
        {
            if (boundary > end)
            {
                break;
            }

            found = boundary;
        }

        return found;
    }

    /// <summary>The first boundary <c>p</c> with <c>p &gt; start</c>, or 0 when there is none yet.</summary>
    private int FindFirst(ReadOnlySpan<char> text, int start)
    {
        foreach (var boundary in Boundaries(text, start))
        {
            if (boundary > start)
            {
                return boundary;
            }
        }

        return 0;
    }

    private List<int> Boundaries(ReadOnlySpan<char> text, int from)
    {
        // Back up to the line before the one containing 'from', so its judgement has its previous line.
        var lineStart = from == 0 ? 0 : text[..from].LastIndexOf('\n') + 1;
        var previousStart = lineStart == 0 ? -1 : text[..(lineStart - 1)].LastIndexOf('\n') + 1;
        var result = new List<int>();
        while (true)
        {
            var lineEnd = text[lineStart..].IndexOf('\n');
            if (lineEnd < 0)
            {
                return result;
            }

            lineEnd += lineStart;
            if (previousStart >= 0 && StartsUnit(TrimCr(text[previousStart..(lineStart - 1)]), TrimCr(text[lineStart..lineEnd])))
            {
                result.Add(lineStart);
            }

            previousStart = lineStart;
            lineStart = lineEnd + 1;
        }
    }

    private static ReadOnlySpan<char> TrimCr(ReadOnlySpan<char> line) => line.EndsWith('\r') ? line[..^1] : line;
}

/// <summary>Paragraph boundaries: a non-blank line after a blank one.</summary>
internal sealed class BlankLineBoundaries : LineBoundaries
{
    public static readonly BlankLineBoundaries Instance = new();

    protected override bool StartsUnit(ReadOnlySpan<char> previousLine, ReadOnlySpan<char> line) =>
        previousLine.IsWhiteSpace() && !line.IsWhiteSpace();
}
