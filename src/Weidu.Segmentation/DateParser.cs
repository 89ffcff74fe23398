namespace Weidu.Segmentation;

/// <summary>
/// Reads full absolute dates as document date lines print them: 2019年1月20日, 2019 年 11 月 19 日,
/// 二〇一九年一月二十日. Relative dates are the temporal library's job, not this one's.
/// </summary>
internal static class DateParser
{
    /// <summary>Reads a date starting exactly at <paramref name="start"/>.</summary>
    public static bool TryParseAt(ReadOnlySpan<char> text, int start, out DateOnly date, out int end)
    {
        date = default;
        end = -1;
        var i = ChineseNumerals.ReadNumber(text, start, 4, out var year);
        if (i - start != 4 || !TryExpect(text, ref i, '年'))
        {
            return false;
        }

        i = ChineseNumerals.ReadNumber(text, SkipSpaces(text, i), 3, out var month);
        if (i < 0 || !TryExpect(text, ref i, '月'))
        {
            return false;
        }

        i = ChineseNumerals.ReadNumber(text, SkipSpaces(text, i), 3, out var day);
        if (i < 0 || !(TryExpect(text, ref i, '日') || TryExpect(text, ref i, '号')))
        {
            return false;
        }

        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        end = i;
        return true;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && TextRules.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool TryExpect(ReadOnlySpan<char> text, ref int i, char expected)
    {
        var j = SkipSpaces(text, i);
        if (j < text.Length && text[j] == expected)
        {
            i = j + 1;
            return true;
        }

        return false;
    }
}
