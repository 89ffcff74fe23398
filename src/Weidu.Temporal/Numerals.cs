namespace Weidu.Temporal;

/// <summary>How a number was written.</summary>
internal enum NumberForm : byte
{
    Arabic,
    ChineseDigits,
    ChinesePositional,
}

/// <summary>Arabic (ASCII and full-width) and Chinese numerals, both digit by digit (二〇一九) and positional (二十七, 廿一).</summary>
internal static class Numerals
{
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        '零' or '〇' or '○' or 'Ｏ' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '兩' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    public static bool IsArabicDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    public static bool IsChineseNumeral(char c) => !IsArabicDigit(c) && (DigitValue(c) >= 0 || IsChineseUnit(c));

    private static bool IsChineseUnit(char c) => c is '十' or '百' or '千' or '万' or '廿' or '卅' or '拾' or '佰' or '仟';

    /// <summary>Parses the number that starts at <paramref name="pos"/>; returns its length, or 0.</summary>
    public static int Parse(ReadOnlySpan<char> s, int pos, out int value, out NumberForm form)
    {
        value = 0;
        form = NumberForm.Arabic;
        if (pos >= s.Length)
        {
            return 0;
        }

        if (IsArabicDigit(s[pos]))
        {
            var end = pos;
            long v = 0;
            while (end < s.Length && IsArabicDigit(s[end]))
            {
                if (v < 100_000_000)
                {
                    v = (v * 10) + DigitValue(s[end]);
                }

                end++;
            }

            value = (int)v;
            return end - pos;
        }

        var i = pos;
        var hasUnit = false;
        while (i < s.Length && IsChineseNumeral(s[i]))
        {
            hasUnit |= IsChineseUnit(s[i]);
            i++;
        }

        if (i == pos)
        {
            return 0;
        }

        var text = s[pos..i];
        if (!hasUnit)
        {
            form = NumberForm.ChineseDigits;
            long v = 0;
            foreach (var c in text)
            {
                v = (v * 10) + DigitValue(c);
                if (v > 100_000_000)
                {
                    break;
                }
            }

            value = (int)v;
            return text.Length;
        }

        form = NumberForm.ChinesePositional;
        long total = 0, section = 0;
        var digit = -1;
        foreach (var c in text)
        {
            switch (c)
            {
                case '十' or '拾':
                    section += (digit < 0 ? 1 : digit) * 10;
                    digit = -1;
                    break;
                case '百' or '佰':
                    section += (digit < 0 ? 1 : digit) * 100;
                    digit = -1;
                    break;
                case '千' or '仟':
                    section += (digit < 0 ? 1 : digit) * 1000;
                    digit = -1;
                    break;
                case '廿':
                    section += 20;
                    digit = -1;
                    break;
                case '卅':
                    section += 30;
                    digit = -1;
                    break;
                case '万':
                    total += (section + Math.Max(digit, 0)) * 10000;
                    section = 0;
                    digit = -1;
                    break;
                default:
                    var d = DigitValue(c);
                    if (d > 0 || digit < 0)
                    {
                        digit = d == 0 ? -1 : d;
                    }

                    break;
            }
        }

        value = (int)Math.Min(total + section + Math.Max(digit, 0), int.MaxValue);
        return text.Length;
    }
}
