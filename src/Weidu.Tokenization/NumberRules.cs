namespace Weidu.Tokenization;

/// <summary>
/// Recognises numbers with their units, dates, ordinals and list markers, which the lexicon cannot
/// list: 2019年, 二○一九年, 1~10月份, 40多天, 3.65万元, 7.02微克/立方米, 55.02%, 第一, （一）.
/// </summary>
internal static class NumberRules
{
    /// <summary>Units that make a number a date or time (tag t).</summary>
    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "年", "月", "日", "号", "时", "点", "分", "秒", "年度", "月份", "年代", "世纪", "季度", "点钟",
    };

    /// <summary>Measure words and units a number takes (tag m). A closed class of the language.</summary>
    private static readonly HashSet<string> MeasureUnits = new(StringComparer.Ordinal)
    {
        "个", "位", "名", "人", "人次", "次", "件", "项", "家", "所", "户", "座", "条", "台", "辆", "艘", "架", "套", "部", "本", "册",
        "篇", "份", "张", "只", "头", "匹", "株", "棵", "亩", "公顷", "平方米", "平方公里", "立方米", "米", "千米", "公里", "厘米",
        "毫米", "吨", "万吨", "千克", "公斤", "克", "斤", "元", "万元", "亿元", "千元", "百元", "美元", "万美元", "亿美元", "港元",
        "欧元", "日元", "倍", "岁", "周岁", "天", "周", "星期", "小时", "分钟", "届", "期", "批", "种", "类", "级", "层", "间", "处",
        "起", "宗", "例", "票", "场", "轮", "支", "把", "块", "片", "度", "千瓦", "千瓦时", "万千瓦", "兆瓦", "瓦", "伏", "升",
        "毫升", "微克", "毫克", "箱", "包", "袋", "瓶", "盒", "杯", "栋", "幢", "根", "节", "段", "组", "队", "班", "校", "床",
        "列", "趟", "里", "海里", "尺", "寸", "卷", "页", "行", "字", "代", "任", "遍", "回", "番", "成", "折", "角", "余人",
        "多人", "万人", "亿人", "万户", "万亩", "万册", "万件", "万名", "万辆", "万套", "万只", "万头", "万株", "个月",
        "万千米", "千公里", "标准箱", "平方", "立方", "微克/立方米", "毫克/立方米", "元/吨", "元/斤", "元/公斤", "公里/小时",
    };

    /// <summary>The units by first character, longest first (a time unit before a measure word of the same length).</summary>
    private static readonly Dictionary<char, (string Unit, bool IsTime)[]> UnitsByFirstCharacter =
        TimeUnits.Select(u => (Unit: u, IsTime: true)).Concat(MeasureUnits.Select(u => (Unit: u, IsTime: false)))
            .GroupBy(u => u.Unit[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.Unit.Length).ThenByDescending(u => u.IsTime).ToArray());

    /// <summary>Measure words that PKU separates from their number (年, 月, 日 and % stay attached).</summary>
    public static bool IsMeasureWord(ReadOnlySpan<char> unit) => MeasureUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(unit);

    public static bool IsTimeUnit(ReadOnlySpan<char> unit) => TimeUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(unit);

    public static bool IsChineseNumeral(char c) => CharFolding.IsChineseNumeral(c);

    private static bool IsMultiplier(char c) => c is '十' or '百' or '千' or '万' or '亿' or '拾' or '佰' or '仟';

    public static bool IsApproximate(char c) => c is '多' or '余' or '几';

    private static bool IsRangeMark(char folded) => folded is '~' or '-' or '～' or '—' or '–' or '至' or '到';

    /// <summary>
    /// The end of an Arabic number starting at <paramref name="start"/> (digits, a decimal part,
    /// thousands separators, 万/亿 multipliers, 多/余, a percent sign), or <paramref name="start"/>.
    /// </summary>
    public static int MatchArabic(ReadOnlySpan<char> text, int start, bool approximate = true)
    {
        var i = ScanDigits(text, start);
        if (i == start)
        {
            return start;
        }

        while (i + 1 < text.Length && Fold(text[i]) is '.' or ',' && char.IsAsciiDigit(Fold(text[i + 1])))
        {
            i = ScanDigits(text, i + 1);
        }

        while (i < text.Length && text[i] is '万' or '亿' or '千' or '百')
        {
            i++;
        }

        if (approximate && i < text.Length && IsApproximate(text[i]))
        {
            i++;
        }

        if (i < text.Length && Fold(text[i]) is '%' or '‰')
        {
            i++;
        }

        return i;
    }

    /// <summary>The end of a Chinese numeral (一九九八, 四十二, 三千五百万, 四十多) starting at <paramref name="start"/>, or <paramref name="start"/>.</summary>
    public static int MatchChinese(ReadOnlySpan<char> text, int start, out bool hasMultiplier, bool approximate = true)
    {
        hasMultiplier = false;
        var i = start;
        while (i < text.Length && IsChineseNumeral(text[i]))
        {
            hasMultiplier |= IsMultiplier(text[i]);
            i++;
        }

        if (approximate && i > start && i < text.Length && IsApproximate(text[i]) && hasMultiplier)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// After a number ending at <paramref name="start"/>: an optional range to a second number
    /// (1~10), then the longest unit (月份, 微克/立方米). Returns the end, and whether the unit is a time unit.
    /// </summary>
    public static int MatchRangeAndUnit(ReadOnlySpan<char> text, int start, bool arabic, out bool isTime)
    {
        var i = start;
        if (i + 1 < text.Length && IsRangeMark(Fold(text[i])))
        {
            var second = arabic ? MatchArabic(text, i + 1) : MatchChinese(text, i + 1, out _);
            if (second > i + 1)
            {
                i = second;
            }
        }

        var unitEnd = MatchUnit(text, i, out isTime);
        return unitEnd;
    }

    /// <summary>The end of the longest unit at <paramref name="start"/>, or <paramref name="start"/> when there is none.</summary>
    public static int MatchUnit(ReadOnlySpan<char> text, int start, out bool isTime)
    {
        isTime = false;
        if (start >= text.Length || !UnitsByFirstCharacter.TryGetValue(text[start], out var units))
        {
            return start;
        }

        var rest = text[start..];
        foreach (var (unit, time) in units)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal))
            {
                isTime = time;
                return start + unit.Length;
            }
        }

        return start;
    }

    /// <summary>A list marker such as （一）, (3) or （１２）: the end, or <paramref name="start"/>.</summary>
    public static int MatchListMarker(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length || Fold(text[start]) != '(')
        {
            return start;
        }

        var inner = start + 1;
        var end = MatchChinese(text, inner, out _);
        if (end == inner)
        {
            end = ScanDigits(text, inner);
        }

        return end > inner && end - inner <= 3 && end < text.Length && Fold(text[end]) == ')' ? end + 1 : start;
    }

    private static int ScanDigits(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(Fold(text[i])))
        {
            i++;
        }

        return i;
    }

    private static char Fold(char c) => CharFolding.Fold(c);
}
