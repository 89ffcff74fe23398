using System.Globalization;

namespace Weidu.Tokenization;

/// <summary>
/// Extended grapheme clusters (UAX #29, as <see cref="StringInfo"/> finds them), which no token
/// boundary may fall inside: an emoji ZWJ sequence (👨‍👩‍👧), a flag (🇨🇳), a character with its
/// variation selector (❤️, or a Han character with an ideographic one) or skin tone (👍🏽), a keycap
/// (1️⃣), a letter with its combining marks. Most text has no code unit that can join a cluster
/// (<see cref="CharFolding.MayJoinGrapheme"/>), and there every position outside a surrogate pair is
/// a boundary; only runs that have one pay for finding the boundaries.
/// </summary>
internal static class GraphemeClusters
{
    /// <summary>
    /// Whether a cluster may go on across a UTF-16 code unit: an Extend, ZWJ or SpacingMark character
    /// joins the cluster before it, a Prepend character the one after it, a Hangul jamo its
    /// neighbours (a syllable joins only jamo). A high surrogate of plane 1 or 14 may start any of
    /// these (regional indicators, emoji modifiers, tags, the variation selectors supplement, marks
    /// of other scripts); the other planes, the CJK ideographs of planes 2 and 3 among them, have none.
    /// </summary>
    public static bool MayJoin(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c is (>= '\uD800' and <= '\uD83F') or (>= '\uDB40' and <= '\uDB7F');
        }

        if (c is (>= '\u1100' and <= '\u11FF') or (>= '\uA960' and <= '\uA97F') or (>= '\uD7B0' and <= '\uD7FF'))
        {
            return true;
        }

        // The runtime's own UAX #29 data answers, so the table agrees with StringInfo by construction.
        Span<char> pair = ['a', c];
        if (StringInfo.GetNextTextElementLength(pair) == 2)
        {
            return true;
        }

        pair[0] = c;
        pair[1] = 'a';
        return StringInfo.GetNextTextElementLength(pair) == 2;
    }

    /// <summary>
    /// Fills <paramref name="ends"/> (one longer than the text) with, for each position, the first
    /// cluster boundary at or after it: the position itself where a cluster starts.
    /// </summary>
    public static void FindBoundaries(ReadOnlySpan<char> text, Span<int> ends)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = NextBoundary(text, start);
            ends[start] = start;
            ends[(start + 1)..end].Fill(end);
            start = end;
        }

        ends[text.Length] = text.Length;
    }

    /// <summary>
    /// The last cluster boundary in (<paramref name="start"/>, <paramref name="end"/>] of the text read
    /// from <paramref name="start"/>, or <paramref name="start"/> when one cluster reaches past
    /// <paramref name="end"/>. <paramref name="end"/> must be inside the text.
    /// </summary>
    public static int LastBoundary(ReadOnlySpan<char> text, int start, int end)
    {
        // Whether a position is a boundary depends only on the text before it and the code point at
        // it (two code units when a surrogate pair), so nothing further is read: one cluster may run on
        // for megabytes.
        var window = text[start..Math.Min(text.Length, end + 2)];
        var boundary = 0;
        while (true)
        {
            var next = NextBoundary(window, boundary);
            if (next > end - start)
            {
                return start + boundary;
            }

            boundary = next;
        }
    }

    /// <summary>The end of the cluster that starts at <paramref name="start"/>.</summary>
    private static int NextBoundary(ReadOnlySpan<char> text, int start)
    {
        var next = start + (char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? 2 : 1);

        // Two code points neither of which may join a cluster have a boundary between them, whatever
        // came before: StringInfo is asked only where a cluster may be longer than one code point.
        return CharFolding.MayJoinGrapheme(text[start]) || (next < text.Length && CharFolding.MayJoinGrapheme(text[next]))
            ? start + StringInfo.GetNextTextElementLength(text[start..])
            : next;
    }
}
