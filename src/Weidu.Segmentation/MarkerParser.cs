namespace Weidu.Segmentation;

/// <summary>
/// Reads the day marker that starts a chronicle entry: <c>N日</c>, <c>**N日**</c>, <c>是日</c>, <c>是月</c>,
/// <c>日前</c>, ranges (<c>2日至3日</c>, <c>26~27日</c>), a qualifier (<c>是日深夜</c>) and month parts (<c>2月中旬</c>).
/// </summary>
internal static class MarkerParser
{
    private static readonly string[] Qualifiers = ["上半月", "下半月", "上午", "下午", "中午", "晚上", "晚间", "夜间", "深夜", "凌晨", "早晨", "清晨", "傍晚", "前后", "晚"];

    private static readonly string[] MonthParts = ["上半月", "下半月", "上旬", "中旬", "下旬", "初", "底", "末"];

    /// <summary>
    /// Reads a marker at the start of <paramref name="text"/>. A marker that is not bold must be followed by a
    /// space, a comma or the end of the line, so that a sentence starting with a date is not taken for one;
    /// <paramref name="midLine"/> markers (after the previous entry's last sentence) must be followed by a comma.
    /// </summary>
    /// <returns>The length of the marker, closing markup included, or 0.</returns>
    public static int TryParse(ReadOnlySpan<char> text, bool midLine, out EntryMarker? marker)
    {
        marker = null;
        var bold = text.StartsWith("**");
        var i = bold ? 2 : 0;
        var start = i;
        int? month = null;
        int? first = null;
        int? last = null;
        string? qualifier = null;
        EntryMarkerKind kind;
        if (text[i..].StartsWith("是日"))
        {
            kind = EntryMarkerKind.SameDay;
            i += 2;
        }
        else if (text[i..].StartsWith("是月"))
        {
            kind = EntryMarkerKind.SameMonth;
            i += 2;
        }
        else if (text[i..].StartsWith("日前"))
        {
            kind = EntryMarkerKind.Recent;
            i += 2;
        }
        else if (!TryParseDays(text, ref i, out kind, out month, out first, out last, out qualifier))
        {
            return 0;
        }

        if (kind is EntryMarkerKind.Day or EntryMarkerKind.DayRange or EntryMarkerKind.SameDay)
        {
            qualifier = Match(text[i..], Qualifiers);
            i += qualifier?.Length ?? 0;
        }

        var end = i;
        if (bold)
        {
            if (!text[i..].StartsWith("**"))
            {
                return 0;
            }

            i += 2;
        }

        if (i < text.Length)
        {
            var next = text[i];
            var separated = midLine ? next is '，' or ',' : TextRules.IsSpace(next) || next is '，' or ',' or '：' or ':';
            if (!separated && !bold)
            {
                return 0;
            }
        }

        marker = new EntryMarker(Compact(text[start..end]), kind, month, first, last, qualifier);
        return i;
    }

    private static bool TryParseDays(ReadOnlySpan<char> text, ref int i, out EntryMarkerKind kind, out int? month, out int? first, out int? last, out string? part)
    {
        kind = EntryMarkerKind.Day;
        month = null;
        first = null;
        last = null;
        part = null;
        if (!ReadArabic(text, ref i, out var number))
        {
            return false;
        }

        if (Expect(text, ref i, '月'))
        {
            if (number is < 1 or > 12)
            {
                return false;
            }

            month = number;
            part = Match(text[i..], MonthParts);
            if (part is not null)
            {
                kind = EntryMarkerKind.MonthPart;
                i += part.Length;
                return true;
            }

            if (!ReadArabic(text, ref i, out number))
            {
                return false;
            }
        }

        var single = Expect(text, ref i, '日');
        var rangeStart = i;
        if (Expect(text, ref i, '至') || Expect(text, ref i, '~') || Expect(text, ref i, '～') || Expect(text, ref i, '-') || Expect(text, ref i, '—') || Expect(text, ref i, '－'))
        {
            if (ReadArabic(text, ref i, out var to) && Expect(text, ref i, '日') && to > number && to <= 31)
            {
                kind = EntryMarkerKind.DayRange;
                first = number;
                last = to;
                return number >= 1;
            }

            i = rangeStart;
        }

        first = number;
        last = number;
        return single && number is >= 1 and <= 31;
    }

    private static bool ReadArabic(ReadOnlySpan<char> text, ref int i, out int value)
    {
        value = 0;
        var j = i;
        while (j < text.Length && j - i < 2 && TextRules.IsDigit(text[j]))
        {
            value = (value * 10) + TextRules.DigitValue(text[j]);
            j++;
        }

        if (j == i || (j < text.Length && TextRules.IsDigit(text[j])))
        {
            return false;
        }

        i = j;
        return true;
    }

    /// <summary>Expects <paramref name="c"/> after optional spaces (OCR prints <c>1 月</c>, <c>25 日</c>).</summary>
    private static bool Expect(ReadOnlySpan<char> text, ref int i, char c)
    {
        var j = i;
        while (j < text.Length && TextRules.IsSpace(text[j]))
        {
            j++;
        }

        if (j < text.Length && text[j] == c)
        {
            i = j + 1;
            return true;
        }

        return false;
    }

    private static string? Match(ReadOnlySpan<char> text, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (text.StartsWith(candidate, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Compact(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (!TextRules.IsSpace(c))
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }
}
