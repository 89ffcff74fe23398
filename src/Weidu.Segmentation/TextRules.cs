namespace Weidu.Segmentation;

/// <summary>Character classes the segmenter decides by.</summary>
internal static class TextRules
{
    public static bool IsCjk(char c) =>
        c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or '〇';

    public static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    public static int DigitValue(char c) => c <= '9' ? c - '0' : c - '０';

    /// <summary>Spaces inside a line: ASCII space, tab, ideographic space.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000';

    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '…';

    /// <summary>Characters after which a line is complete, so a following blank line is a real paragraph break.</summary>
    public static bool IsClauseEnd(char c) => IsSentenceEnd(c) || c is '；' or '：' or ';' or ':';

    /// <summary>Closing quotes and brackets, which stand after the punctuation that ends a sentence.</summary>
    public static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '》' or '〉' or '】' or '"' or '\'' or '*';

    /// <summary>
    /// Whether the text ends a sentence or clause: its last character, before closing quotes, brackets and
    /// bold markup, is a full stop, a question or exclamation mark, a semicolon or a colon.
    /// </summary>
    public static bool EndsComplete(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd(" \t\u3000");
        var i = text.Length - 1;
        while (i >= 0 && IsCloser(text[i]))
        {
            i--;
        }

        return i >= 0 && IsClauseEnd(text[i]);
    }

    /// <summary>Trims ASCII and ideographic spaces and tabs.</summary>
    public static ReadOnlySpan<char> TrimSpaces(ReadOnlySpan<char> text) => text.Trim(" \t\u3000");
}
