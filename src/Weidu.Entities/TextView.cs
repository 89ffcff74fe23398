using System.Text;

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

        var builder = new StringBuilder(text.Length);
        var map = new int[text.Length];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!joinable[i])
            {
                builder.Append(text[i]);
                map[count++] = i;
            }
        }

        return new TextView(builder.ToString(), map[..count]);
    }

    /// <summary>The original start and end of the clean range [start, end).</summary>
    public (int Start, int End) ToOriginal(int start, int end) =>
        _map is null ? (start, end) : (_map[start], _map[end - 1] + 1);

    private static bool[]? FindJoinableRuns(string text)
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
                && NameModel.IsHan(text[start - 1]) && NameModel.IsHan(text[i]))
            {
                joinable ??= new bool[text.Length];
                joinable.AsSpan(start, i - start).Fill(true);
            }
        }

        return joinable;
    }

    private static bool IsDamage(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u3000' or '\u00A0';
}
