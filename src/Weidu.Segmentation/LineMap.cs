namespace Weidu.Segmentation;

/// <summary>What a line holds, as far as block structure is concerned.</summary>
internal enum LineKind
{
    /// <summary>Nothing but spaces, or stray bold markers (<c>**</c>) on a line of their own.</summary>
    Blank,

    /// <summary>A running page header: one lone ideograph (the 特 / 载 the OCR kept from the page top).</summary>
    PageHeader,

    /// <summary>A markdown heading (<c>#</c> to <c>######</c> and a space).</summary>
    Heading,

    /// <summary>Any other text.</summary>
    Text,
}

/// <summary>One line of the text with its content trimmed of spaces; \n, \r\n and \r all end a line.</summary>
internal readonly record struct Line(int Start, int ContentStart, int ContentEnd, int End, int NextStart, int TextStart, LineKind Kind)
{
    public bool IsContent => Kind is LineKind.Heading or LineKind.Text;
}

/// <summary>Splits a text into classified lines in one pass.</summary>
internal static class LineMap
{
    public static List<Line> Build(ReadOnlySpan<char> text)
    {
        var lines = new List<Line>(Math.Max(16, text.Length / 64));
        var start = 0;
        while (start < text.Length)
        {
            var rest = text[start..];
            var breakAt = rest.IndexOfAny('\n', '\r');
            int end;
            int next;
            if (breakAt < 0)
            {
                end = text.Length;
                next = text.Length;
            }
            else
            {
                end = start + breakAt;
                next = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            }

            lines.Add(Classify(text, start, end, next));
            start = next;
        }

        return lines;
    }

    private static Line Classify(ReadOnlySpan<char> text, int start, int end, int next)
    {
        var contentStart = start;
        while (contentStart < end && TextRules.IsSpace(text[contentStart]))
        {
            contentStart++;
        }

        var contentEnd = end;
        while (contentEnd > contentStart && TextRules.IsSpace(text[contentEnd - 1]))
        {
            contentEnd--;
        }

        if (contentStart == contentEnd || text[contentStart..contentEnd].Trim(" \t\u3000*").IsEmpty)
        {
            return new Line(start, contentStart, contentEnd, end, next, contentStart, LineKind.Blank);
        }

        if (contentEnd - contentStart == 1 && TextRules.IsCjk(text[contentStart]))
        {
            return new Line(start, contentStart, contentEnd, end, next, contentStart, LineKind.PageHeader);
        }

        var hashes = 0;
        while (contentStart + hashes < contentEnd && text[contentStart + hashes] == '#')
        {
            hashes++;
        }

        var textStart = contentStart + hashes;
        if (hashes is >= 1 and <= 6 && textStart < contentEnd && TextRules.IsSpace(text[textStart]))
        {
            while (TextRules.IsSpace(text[textStart]))
            {
                textStart++;
            }

            return new Line(start, contentStart, contentEnd, end, next, textStart, LineKind.Heading);
        }

        return new Line(start, contentStart, contentEnd, end, next, contentStart, LineKind.Text);
    }
}
