namespace Weidu.Segmentation;

/// <summary>Reads section numbers, month headings, document titles, bylines and date lines from clean text.</summary>
internal static class HeadingParser
{
    /// <summary>
    /// Reads a section number at the start of <paramref name="text"/>: 一、 （一） (一) 1. 1、 第一，
    /// </summary>
    /// <returns>The index where the heading's title starts, or -1.</returns>
    public static int TryParseNumber(ReadOnlySpan<char> text, out SectionNumber number)
    {
        number = default;
        if (text.IsEmpty)
        {
            return -1;
        }

        int end;
        int value;
        NumberingScheme scheme;
        var first = text[0];
        if (first is '(' or '（')
        {
            end = ReadChinese(text, 1, out value);
            if (end < 0 || end >= text.Length || text[end] is not (')' or '）'))
            {
                return -1;
            }

            scheme = NumberingScheme.ChineseParenthesized;
            end++;
        }
        else if (first == '第')
        {
            end = ReadChinese(text, 1, out value);
            if (end < 0 || end >= text.Length || text[end] is not ('，' or ','))
            {
                return -1;
            }

            scheme = NumberingScheme.Ordinal;
            end++;
        }
        else if (TextRules.IsDigit(first))
        {
            end = ChineseNumerals.ReadNumber(text, 0, 2, out value);
            if (end < 0 || end >= text.Length)
            {
                return -1;
            }

            if (text[end] is '.' or '．')
            {
                // 1.5亿 is a number, not a heading: the dot must not be followed by a digit.
                if (end + 1 < text.Length && TextRules.IsDigit(text[end + 1]))
                {
                    return -1;
                }

                scheme = NumberingScheme.ArabicDot;
            }
            else if (text[end] == '、')
            {
                scheme = NumberingScheme.ArabicComma;
            }
            else
            {
                return -1;
            }

            end++;
        }
        else
        {
            end = ReadChinese(text, 0, out value);
            if (end < 0 || end >= text.Length || text[end] != '、')
            {
                return -1;
            }

            scheme = NumberingScheme.ChineseComma;
            end++;
        }

        var label = TextRules.TrimSpaces(text[..end]).ToString();
        while (end < text.Length && TextRules.IsSpace(text[end]))
        {
            end++;
        }

        if (end >= text.Length || value is < 1 or > 99)
        {
            return -1;
        }

        number = new SectionNumber(scheme, value, label);
        return end;
    }

    /// <summary>Reads a month heading: 1月, 12月, 一月, 十二月.</summary>
    public static bool TryParseMonth(ReadOnlySpan<char> text, out int month)
    {
        text = TextRules.TrimSpaces(text);
        month = 0;
        if (text.Length < 2 || text[^1] != '月')
        {
            return false;
        }

        var end = ChineseNumerals.ReadNumber(text, 0, 3, out month);
        return end == text.Length - 1 && month is >= 1 and <= 12;
    }

    /// <summary>What kind of document a title names.</summary>
    public static DocumentKind ClassifyTitle(ReadOnlySpan<char> title)
    {
        if (title.Contains("大事记", StringComparison.Ordinal))
        {
            return DocumentKind.Chronicle;
        }

        if (title.EndsWith("讲话", StringComparison.Ordinal) || title.EndsWith("致辞", StringComparison.Ordinal) || title.EndsWith("发言", StringComparison.Ordinal))
        {
            return DocumentKind.Speech;
        }

        return title.EndsWith("报告", StringComparison.Ordinal) ? DocumentKind.Report : DocumentKind.Other;
    }

    /// <summary>
    /// Reads the occasion and the speaker a title prints: <c>李朝锋在全区领导干部会议暨对外开放大会上的讲话</c>
    /// names 李朝锋 and 全区领导干部会议暨对外开放大会.
    /// </summary>
    public static (string? Occasion, string? Speaker) ReadTitle(string title)
    {
        var at = title.IndexOf('在', StringComparison.Ordinal);
        var on = title.LastIndexOf("上的", StringComparison.Ordinal);
        if (at < 0 || on <= at + 1)
        {
            return (null, null);
        }

        var speaker = title[..at];
        return (title[(at + 1)..on], IsName(speaker) ? speaker : null);
    }

    /// <summary>The year a chronicle title prints, as in 2019年大事记.</summary>
    public static int? ReadTitleYear(string title)
    {
        var end = ChineseNumerals.ReadNumber(title, 0, 4, out var year);
        return end == 4 && end < title.Length && title[end] == '年' ? year : null;
    }

    /// <summary>Reads a byline: a name (张书杰), or a post and a name (魏都区人民政府区长 李朝锋).</summary>
    public static Speaker? TryParseByline(string line)
    {
        if (line.Length > 40)
        {
            return null;
        }

        foreach (var c in line)
        {
            if (!TextRules.IsCjk(c) && !TextRules.IsSpace(c) && c != '·')
            {
                return null;
            }
        }

        var trimmed = TextRules.TrimSpaces(line).ToString();
        var space = trimmed.LastIndexOfAny([' ', '\t', '\u3000']);
        if (space < 0)
        {
            return IsName(trimmed) ? new Speaker(trimmed, null) : null;
        }

        var name = trimmed[(space + 1)..];
        var post = TextRules.TrimSpaces(trimmed.AsSpan(0, space)).ToString();
        return IsName(name) && post.Length >= 2 ? new Speaker(name, post) : null;
    }

    /// <summary>
    /// Reads a date line: <c>(2019年1月20日)</c>, <c>（2019年11月19日，根据录音整理）</c>, or a subtitle that
    /// dates the document and names its occasion, <c>——2020年6月14日魏都区十五届人民代表大会第四次会议</c>.
    /// </summary>
    /// <returns>Whether the line is a date line; <paramref name="date"/> is null when it prints no full date.</returns>
    public static bool TryParseDateLine(string line, out DateOnly? date, out string? occasion)
    {
        date = null;
        occasion = null;
        var text = TextRules.TrimSpaces(line);
        if (text.Length >= 2 && text[0] is '(' or '（' && text[^1] is ')' or '）')
        {
            var inner = TextRules.TrimSpaces(text[1..^1]);
            if (!DateParser.TryParseAt(inner, 0, out var parsed, out _))
            {
                return LooksLikeDate(inner);
            }

            date = parsed;
            return true;
        }

        if (text.StartsWith("——", StringComparison.Ordinal) || text.StartsWith("—", StringComparison.Ordinal))
        {
            var rest = TextRules.TrimSpaces(text.TrimStart('—'));
            if (DateParser.TryParseAt(rest, 0, out var parsed, out var end))
            {
                date = parsed;
                var tail = TextRules.TrimSpaces(rest[end..]).TrimStart("，, ");
                occasion = tail.IsEmpty ? null : tail.ToString();
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a bracketed line starts like a date (a year), even if OCR damaged the rest.</summary>
    private static bool LooksLikeDate(ReadOnlySpan<char> inner)
    {
        var end = ChineseNumerals.ReadNumber(inner, 0, 4, out _);
        return end == 4 && end < inner.Length && inner[end] == '年';
    }

    private static bool IsName(ReadOnlySpan<char> text)
    {
        if (text.Length is < 2 or > 5)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!TextRules.IsCjk(c) && c != '·')
            {
                return false;
            }
        }

        return true;
    }

    private static int ReadChinese(ReadOnlySpan<char> text, int start, out int value)
    {
        value = 0;
        var i = start;
        while (i < text.Length && i - start < 3 && ChineseNumerals.IsNumeral(text[i]))
        {
            i++;
        }

        return i > start && ChineseNumerals.TryParse(text[start..i], out value) ? i : -1;
    }
}
