using System.Buffers;

namespace Weidu.Entities;

/// <summary>
/// The text with OCR damage inside words taken out (a line break, a page break or a stray space between two Chinese
/// characters), and a map from each kept character back to its offset in the original text, so that a name split by
/// a page break is found as one mention and still reported with original offsets.
/// </summary>
internal sealed class TextView
{
    // A run longer than this is a real paragraph gap, not damage inside a word.
    private const int MaxJoinedRun = 8;
    private const int MaxJoinedLineBreaks = 3;

    private readonly int[]? _map;

    private TextView(string clean, int[]? map)
    {
        Clean = clean;
        _map = map;
    }

    /// <summary>The text with damage removed.</summary>
    public string Clean { get; }

    public static TextView Create(string text)
    {
        var joinable = FindJoinableRuns(text);
        if (joinable is null)
        {
            return new TextView(text, null);
        }

        var map = new int[text.Length - joinable.AsSpan().Count(true)];
        var clean = string.Create(map.Length, (text, joinable, map), static (destination, state) =>
        {
            var written = 0;
            for (var i = 0; i < state.text.Length; i++)
            {
                if (!state.joinable[i])
                {
                    state.map[written] = i;
                    destination[written++] = state.text[i];
                }
            }
        });
        return new TextView(clean, map);
    }

    /// <summary>
    /// The clean view of <paramref name="text"/>, the same <see cref="Create"/> makes, without the offset map: the text
    /// itself when it has no damage, else written to a buffer rented from the shared pool into <paramref name="rented"/>,
    /// which the caller returns.
    /// </summary>
    public static ReadOnlySpan<char> RemoveDamage(ReadOnlySpan<char> text, out char[]? rented)
    {
        rented = null;
        var joinable = FindJoinableRuns(text);
        if (joinable is null)
        {
            return text;
        }

        rented = ArrayPool<char>.Shared.Rent(text.Length);
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!joinable[i])
            {
                rented[written++] = text[i];
            }
        }

        return rented.AsSpan(0, written);
    }

    /// <summary>The original start and end of the clean range [start, end).</summary>
    public (int Start, int End) ToOriginal(int start, int end) =>
        _map is null ? (start, end) : (_map[start], _map[end - 1] + 1);

    private static bool[]? FindJoinableRuns(ReadOnlySpan<char> text)
    {
        bool[]? joinable = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsDamage(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var breaks = 0;
            while (i < text.Length && IsDamage(text[i]))
            {
                breaks += text[i] == '\n' ? 1 : 0;
                i++;
            }

            if (start > 0 && i < text.Length && i - start <= MaxJoinedRun && breaks <= MaxJoinedLineBreaks
                && NameModel.IsHan(text[start - 1]) && NameModel.IsHan(text[i]) && !EndsDayMarker(text[..start]))
            {
                joinable ??= new bool[text.Length];
                joinable.AsSpan(start, i - start).Fill(true);
            }
        }

        return joinable;
    }

    /// <summary>
    /// Whether <paramref name="text"/> ends with a chronicle's day marker (2日, 十五日, 3号): the space after it
    /// separates the date from the entry, it is no damage inside a word.
    /// </summary>
    public static bool EndsDayMarker(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[^1] is '日' or '号' && IsNumeral(text[^2]);

    /// <summary>Whether <paramref name="text"/> ends with a date (2019年, 3月, 2日): no name begins with one.</summary>
    public static bool EndsDate(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[^1] is '年' or '月' or '日' or '号' && IsNumeral(text[^2]);

    private static bool IsNumeral(char c) => char.IsDigit(c) || "〇零一二三四五六七八九十廿卅".Contains(c);

    private static bool IsDamage(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u3000' or '\u00A0';
}
