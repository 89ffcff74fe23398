namespace Weidu.Segmentation;

/// <summary>Reads the small numbers headings and dates print: 一 … 九十九, 二〇一九, and Arabic digits.</summary>
internal static class ChineseNumerals
{
    public static bool IsNumeral(char c) => DigitOf(c) >= 0 || c is '十' or '百';

    /// <summary>The value of one digit character (一 is 1, 〇 is 0), or -1.</summary>
    public static int DigitOf(char c) => c switch
    {
        '〇' or '○' or '零' or 'Ｏ' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>Parses a run of numeral characters: 七, 十三, 二十七, 一百, or digit by digit (二〇一九).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 6)
        {
            return false;
        }

        if (text.IndexOfAny('十', '百') < 0)
        {
            foreach (var c in text)
            {
                var digit = DigitOf(c);
                if (digit < 0)
                {
                    return false;
                }

                value = (value * 10) + digit;
            }

            return true;
        }

        var total = 0;
        var pending = -1;
        foreach (var c in text)
        {
            var digit = DigitOf(c);
            if (digit >= 0)
            {
                if (pending >= 0)
                {
                    return false;
                }

                pending = digit;
                continue;
            }

            var unit = c == '十' ? 10 : 100;
            total += (pending < 0 ? 1 : pending) * unit;
            pending = -1;
        }

        value = total + Math.Max(pending, 0);
        return value > 0;
    }

    /// <summary>Reads an Arabic or Chinese number at <paramref name="start"/>; returns the index after it, or -1.</summary>
    public static int ReadNumber(ReadOnlySpan<char> text, int start, int maxLength, out int value)
    {
        value = 0;
        var i = start;
        if (i < text.Length && TextRules.IsDigit(text[i]))
        {
            while (i < text.Length && i - start < maxLength && TextRules.IsDigit(text[i]))
            {
                value = (value * 10) + TextRules.DigitValue(text[i]);
                i++;
            }

            return i < text.Length && TextRules.IsDigit(text[i]) ? -1 : i;
        }

        while (i < text.Length && i - start < maxLength && IsNumeral(text[i]))
        {
            i++;
        }

        return i > start && TryParse(text[start..i], out value) ? i : -1;
    }
}
