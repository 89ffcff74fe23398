namespace Weidu.Temporal;

/// <summary>
/// Parses one temporal expression at a position: a point (parts from the year down to the second),
/// optionally a range to a second point, a suffix (前, 后, 以来, 起, 左右), or an amount of time with
/// its relation to the anchor (三天前, 上两周, 近30天, 40多天). Hand-written, allocation-free.
/// </summary>
internal ref struct Parser
{
    private readonly ReadOnlySpan<char> _s;
    private readonly bool _unmarkedMonthDayIsLunar;
    private readonly ref NumeralRuns _numbers;

    public Parser(ReadOnlySpan<char> text, ref NumeralRuns numbers, bool unmarkedMonthDayIsLunar = true)
    {
        _s = text;
        _numbers = ref numbers;
        _unmarkedMonthDayIsLunar = unmarkedMonthDayIsLunar;
    }

    /// <summary>The number that starts at <paramref name="pos"/> (see <see cref="Numerals.Parse"/>); its length, or 0.</summary>
    public readonly int ParseNumber(int pos, out int value, out NumberForm form) => _numbers.Parse(_s, pos, out value, out form);

    private readonly char At(int i) => i >= 0 && i < _s.Length ? _s[i] : '\0';

    private readonly bool StartsWith(int i, string word) => i >= 0 && i <= _s.Length && _s[i..].StartsWith(word, StringComparison.Ordinal);

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static bool IsPunctuation(char c) => c is '，' or '。' or '；' or '：' or '、' or '！' or '？' or ',' or ';' or ':' or '!' or '?' or '\0' || char.IsWhiteSpace(c);

    /// <summary>Whether an expression at <paramref name="i"/> opens its clause, or follows a preposition (在, 于, 从, 到, 至, 自).</summary>
    private readonly bool IsClauseStart(int i) => IsPunctuation(At(i - 1)) || At(i - 1) is '“' or '（' or '(' or '在' or '于' or '於' or '从' or '從' or '到' or '至' or '自';

    private readonly bool IsClauseEnd(int i) => IsPunctuation(At(i)) || At(i) is '”' or '）' or ')';

    /// <summary>
    /// 9月10号，11号，12号: days listed one after another after a date are the span they cover. A list
    /// with a gap (10号、12号) is left to be read item by item.
    /// </summary>
    private readonly int ParseConsecutiveDays(int end, ref Expression expression)
    {
        var last = expression.First.Last;
        if (last.Kind != Part.DayAbs || last.Lunar)
        {
            return end;
        }

        var day = last.A;
        var k = end;
        var listEnd = end;
        while (At(k) is '，' or '、' or ',')
        {
            var length = ParseNumber(k + 1, out var n, out _);
            if (length == 0 || n != day + 1 || At(k + 1 + length) is not ('日' or '号' or '號'))
            {
                break;
            }

            day = n;
            k += length + 2;
            listEnd = k;
        }

        if (listEnd == end || !expression.Second.TryAdd(new Piece(Part.DayAbs, day)))
        {
            return end;
        }

        expression.IsRange = true;
        return listEnd;
    }

    /// <summary>4月前4天: the first days of a month, as the range from its first day.</summary>
    private readonly int ParseFirstDays(int i, ref Expression expression)
    {
        if (At(i) != '前' || expression.First.LastOrder != new Piece(Part.MonthAbs).Order)
        {
            return -1;
        }

        var length = ParseNumber(i + 1, out var n, out _);
        var k = i + 1 + length;
        if (At(k) is '个' or '個')
        {
            k++;
        }

        if (length == 0 || n is < 1 or > 31 || At(k) is not ('天' or '日') || At(k + 1) is '内' or '內' or '以' or '之' or '前' or '后' or '後' ||
            !expression.First.TryAdd(new Piece(Part.DayAbs, 1)) || !expression.Second.TryAdd(new Piece(Part.DayAbs, n)))
        {
            return -1;
        }

        expression.IsRange = true;
        return k + 1;
    }

    /// <summary>
    /// Whether the clause before a “within” amount names its own starting point (自收到申请之日起20个工作日内,
    /// 建成后3年内), so the amount is not counted from the anchor.
    /// </summary>
    private readonly bool CountsFromEvent(int start)
    {
        for (var i = start - 1; i >= 0 && start - i <= 30; i--)
        {
            var c = _s[i];
            if (c is '。' or '；' or '！' or '？' or '\n' or '\r' or ';' or '!' or '?')
            {
                return false;
            }

            if (c is '起' or '后' or '後' || (c == '日' && At(i - 1) == '之') || (c is '满' or '滿' && At(i - 1) is '届' or '屆' or '期'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips the spaces OCR puts between a number and its unit (1 月 25 日), never a line break.</summary>
    private readonly int SkipSpaces(int i)
    {
        var j = i;
        while (j < _s.Length && j - i < 2 && (_s[j] == ' ' || _s[j] == '\u3000' || _s[j] == '\u00a0'))
        {
            j++;
        }

        return j;
    }

    public bool TryParse(int start, out Expression expression)
    {
        expression = default;
        expression.Start = start;
        if (TryParseFiveYearPlan(start, ref expression))
        {
            return true;
        }

        if (At(start) == '每' && TryParseSet(start, ref expression))
        {
            return true;
        }

        if (StartsWith(start, "今明两年") || StartsWith(start, "今明兩年"))
        {
            expression.First.TryAdd(new Piece(Part.YearRel, 0));
            expression.Second.TryAdd(new Piece(Part.YearRel, 1));
            expression.IsRange = true;
            expression.End = start + 4;
            return true;
        }

        var end = ParseSequence(start, ref expression.First, out var pendingNumber);
        var loneYear = end > 0 && expression.First.Count == 1 && expression.First.TwoDigitYear;
        if (loneYear && pendingNumber.Length == 0 && IsClauseStart(start) && IsClauseEnd(end))
        {
            // 24年 as a clause of its own (“24年，……”) is a year; after a verb (坚持19年, 合作26年) or
            // before 来/内/多 it is an amount.
            expression.End = end;
            return true;
        }

        if (end < 0 || (expression.First.Count == 0 && pendingNumber.Length == 0) || loneYear)
        {
            expression = default;
            expression.Start = start;
            return TryParseRelativeAmount(start, ref expression);
        }

        var afterFirst = end;
        if (TryConnector(end, out var next))
        {
            if (StartsWith(next, "今") || StartsWith(next, "现在") || StartsWith(next, "現在"))
            {
                expression.UntilNow = true;
                end = next + (At(next) == '今' ? 1 : 2);
                expression.IsRange = true;
            }
            else
            {
                var secondEnd = ParseSequence(next, ref expression.Second, out _);
                if (secondEnd > 0 && CompleteRange(ref expression, pendingNumber))
                {
                    expression.IsRange = true;
                    end = secondEnd;
                }
            }
        }

        if (!expression.IsRange && pendingNumber.Length > 0)
        {
            end = pendingNumber.Start;
        }

        if (expression.First.Count == 0 || !IsAcceptable(ref expression, start, end))
        {
            return false;
        }

        end = ParseSuffix(end, ref expression);
        if (!expression.IsRange && expression.Suffix == Suffix.None)
        {
            end = ParseConsecutiveDays(end, ref expression);
        }

        if (!expression.IsRange && end == afterFirst && StartsWith(end, "至今"))
        {
            expression.UntilNow = true;
            expression.IsRange = true;
            end += 2;
        }

        expression.End = end;
        return true;
    }

    /// <summary>Rejects what looks temporal but is not: a bare season, 七一社区, 第十一届, a lone two-digit 年.</summary>
    private readonly bool IsAcceptable(ref Expression expression, int start, int end)
    {
        ref var first = ref expression.First;
        if (first.Count == 1 && first.TwoDigitYear)
        {
            return false;
        }

        if (first.Count == 1 && first.First.Kind == Part.Modifier && (Scope)first.First.B == Scope.Current)
        {
            return false;
        }

        if (first.Count == 1 && end - start == 1 && first.First.Kind is Part.Season or Part.PartOfDay)
        {
            return false;
        }

        if (first.Count == 1 && first.First.Kind == Part.Clock && !expression.IsRange)
        {
            // 四点半课堂, “四点半”课堂, 强调两点: a bare clock time that a noun follows, that stands in
            // quotes, or that has no minutes and no clock word after it is a name or a count, not a time.
            var after = At(end);
            if (IsCjk(after) && "前后後至到起左许開开召举舉在时時整".IndexOf(after) < 0)
            {
                return false;
            }

            if (At(start - 1) is '“' or '"' or '「' or '‘')
            {
                return false;
            }

            if (first.First.B < 0 && !Numerals.IsArabicDigit(At(start)) && "钟鐘整前后後左起开開至到以之".IndexOf(after) < 0)
            {
                return false;
            }
        }

        if (first.Count == 1 && first.First.Kind == Part.DayAbs && first.First.A == 1 && At(start) == '一')
        {
            // 一日办结: "one day", not the first of the month.
            return false;
        }

        if (first.Count == 1 && first.First.Kind == Part.Festival && end - start == 2 && Surnames.Contains(At(start - 1)) && !IsFestivalWord(end))
        {
            // 李国庆: a given name that happens to be a festival.
            return false;
        }

        if (first.Count == 1 && first.First.Kind == Part.Festival && IsNumeralWord(start, end))
        {
            var before = At(start - 1);
            if (before == '第' || Numerals.IsArabicDigit(before) || Numerals.DigitValue(before) >= 0 || Numerals.IsArabicDigit(At(end)))
            {
                return false;
            }

            var after = At(end);
            if (end < _s.Length && IsCjk(after) && "节節期假长長黄黃前后後当當那".IndexOf(after) < 0)
            {
                return false;
            }

            if (end < _s.Length && !IsCjk(after) && ("、.．,，)）".IndexOf(after) >= 0 || char.IsAsciiLetterOrDigit(after)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> Surnames = System.Buffers.SearchValues.Create(
        "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤柏申纪");

    private readonly bool IsFestivalWord(int end) => At(end) is '节' or '節' or '期' or '假' or '前' or '后' or '後' or '当' or '那';

    private readonly bool IsNumeralWord(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (Numerals.DigitValue(_s[i]) < 0 && _s[i] != '十')
            {
                return false;
            }
        }

        return true;
    }

    private readonly bool TryConnector(int i, out int next)
    {
        next = i;
        var j = SkipSpaces(i);
        if (StartsWith(j, "起至") || StartsWith(j, "起到"))
        {
            next = SkipSpaces(j + 2);
            return true;
        }

        switch (At(j))
        {
            case '至' or '到' or '~' or '～' or '-' or '－' or '—' or '–' or '〜':
                next = SkipSpaces(j + 1);
                if (At(j) == '—' && At(next) == '—')
                {
                    next++;
                }

                return next < _s.Length;
            default:
                return false;
        }
    }

    /// <summary>Completes a range: a bare first number takes the second point's unit (1~10月份, 12-19日).</summary>
    private static bool CompleteRange(ref Expression expression, PendingNumber pending)
    {
        ref var second = ref expression.Second;
        if (second.Count == 0)
        {
            return false;
        }

        if (pending.Length > 0)
        {
            var unit = second.First;
            switch (unit.Kind)
            {
                case Part.Quarter when pending.Value is >= 1 and <= 4:
                case Part.MonthAbs when pending.Value is >= 1 and <= 12:
                case Part.DayAbs when pending.Value is >= 1 and <= 31:
                case Part.YearAbs when pending.Value >= 1000:
                    return expression.First.TryAdd(new Piece(unit.Kind, pending.Value) { Lunar = unit.Lunar });
                case Part.Clock when pending.Value is >= 0 and <= 24:
                    return expression.First.TryAdd(new Piece(Part.Clock, pending.Value, -1, -1));
                default:
                    return false;
            }
        }

        return true;
    }

    private readonly int ParseSuffix(int i, ref Expression expression)
    {
        var j = i;
        if (StartsWith(j, "前后") || StartsWith(j, "前後") || StartsWith(j, "左右") || StartsWith(j, "上下"))
        {
            expression.Suffix = Suffix.Approx;
            return j + 2;
        }

        if (At(j) == '许' && expression.First.Last.Kind == Part.Clock)
        {
            expression.Suffix = Suffix.Approx;
            return j + 1;
        }

        if (StartsWith(j, "以来"))
        {
            expression.Suffix = Suffix.Since;
            return j + 2;
        }

        if (!expression.IsRange && ParseFirstDays(j, ref expression) is var firstDaysEnd and > 0)
        {
            return firstDaysEnd;
        }

        foreach (var word in (ReadOnlySpan<string>)["以前", "之前", "前夕", "前"])
        {
            if (StartsWith(j, word))
            {
                expression.Suffix = Suffix.Before;
                return j + word.Length;
            }
        }

        foreach (var word in (ReadOnlySpan<string>)["以后", "以後", "之后", "之後", "后", "後"])
        {
            if (StartsWith(j, word))
            {
                expression.Suffix = Suffix.After;
                return j + word.Length;
            }
        }

        if (At(j) == '起' || StartsWith(j, "开始") || StartsWith(j, "開始"))
        {
            expression.Suffix = Suffix.From;
            j += At(j) == '起' ? 1 : 2;
            if (StartsWith(j, "至今"))
            {
                expression.UntilNow = true;
                j += 2;
            }

            return j;
        }

        if (At(j) == '止')
        {
            return j + 1;
        }

        return i;
    }

    private struct PendingNumber
    {
        public int Start;
        public int Length;
        public int Value;
    }

    /// <summary>Parses a point expression's parts; returns the end, or -1 when nothing temporal starts here.</summary>
    private readonly int ParseSequence(int start, ref Sequence sequence, out PendingNumber pending)
    {
        pending = default;
        var i = start;
        var lunar = false;
        var leap = false;
        while (i < _s.Length)
        {
            var j = i;
            if (sequence.Count > 0)
            {
                j = SkipSpaces(j);
                if (At(j) == '的' && At(j + 1) == '第')
                {
                    j++;
                }

                if ((At(j) == ',' || At(j) == '，') && sequence.Last.Kind == Part.Weekday)
                {
                    j = SkipSpaces(j + 1);
                }
            }

            if ((StartsWith(j, "农历") || StartsWith(j, "農曆") || StartsWith(j, "阴历") || StartsWith(j, "陰曆") || StartsWith(j, "夏历") || StartsWith(j, "旧历")) && !lunar &&
                Lexicon.Match(_s, j) is null)
            {
                lunar = true;
                j += 2;
            }

            if (At(j) is '闰' or '閏')
            {
                leap = true;
                lunar = true;
                j++;
            }

            var next = ParsePiece(j, ref sequence, lunar, leap, out var piecePending);
            if (next < 0)
            {
                if (piecePending.Length > 0)
                {
                    pending = piecePending;
                    return piecePending.Start + piecePending.Length;
                }

                break;
            }

            i = next;
        }

        return sequence.Count == 0 ? -1 : i;
    }

    private readonly int ParsePiece(int i, ref Sequence sequence, bool lunar, bool leap, out PendingNumber pending)
    {
        pending = default;
        var c = At(i);
        if (c == '\0')
        {
            return -1;
        }

        if (c == '大' && StartsWith(i, "大年初"))
        {
            var length = ParseNumber(i + 3, out var day, out _);
            if (length > 0 && day is >= 1 and <= 10 &&
                sequence.TryAdd(new Piece(Part.MonthAbs, 1) { Lunar = true }) &&
                sequence.TryAdd(new Piece(Part.DayAbs, day) { Lunar = true }))
            {
                return i + 3 + length;
            }

            return -1;
        }

        if (c == '初')
        {
            var length = ParseNumber(i + 1, out var day, out _);
            if (length > 0 && day is >= 1 and <= 10)
            {
                if (sequence.Count > 0 && sequence.Last.Kind == Part.MonthAbs)
                {
                    // 五月初五: 初 days exist only in the lunar calendar, so the month is lunar too.
                    sequence.Pieces[sequence.Count - 1].Lunar = true;
                }

                return sequence.TryAdd(new Piece(Part.DayAbs, day) { Lunar = true }) ? i + 1 + length : -1;
            }
        }

        if (sequence.Count > 0 && c is '初' or '底' or '末' or '中' && At(i + 1) != '旬')
        {
            var mod = c switch { '初' => Lexicon.ModStart, '中' => Lexicon.ModMid, _ => Lexicon.ModEnd };
            var after = At(i + 1);
            var free = !IsCjk(after) || "前后後以".IndexOf(after) >= 0;
            if ((c != '中' || free) && (c != '初' || Numerals.DigitValue(after) < 0))
            {
                return sequence.TryAdd(new Piece(Part.Modifier, mod, (int)Scope.Current)) ? i + 1 : -1;
            }
        }

        if (c == '第')
        {
            return ParseOrdinal(i, ref sequence);
        }

        if (c is '前' or '后' or '後' && sequence.Count > 0 && sequence.Last.Kind is Part.YearAbs or Part.YearRel or Part.YearAnaphor)
        {
            var length = ParseNumber(i + 1, out var count, out _);
            var k = i + 1 + length;
            if (At(k) is '个' or '個')
            {
                k++;
            }

            if (length > 0 && count is >= 1 and <= 11 && At(k) == '月')
            {
                var piece = c == '前' ? new Piece(Part.MonthsFirst, 1, count) : new Piece(Part.MonthsFirst, 13 - count, count);
                return sequence.TryAdd(piece) ? k + 1 : -1;
            }

            if (length > 0 && count is >= 1 and <= 3 && StartsWith(k, "季度"))
            {
                var piece = c == '前' ? new Piece(Part.MonthsFirst, 1, 3 * count) : new Piece(Part.MonthsFirst, 13 - (3 * count), 3 * count);
                return sequence.TryAdd(piece) ? k + 2 : -1;
            }
        }

        if (Numerals.IsArabicDigit(c) || (Numerals.IsChineseNumeral(c) && (sequence.Last.Kind == Part.MonthAbs || !IsLexiconNumberWord(i))))
        {
            var result = ParseNumberPiece(i, ref sequence, lunar, leap, out pending);
            if (result >= 0 || pending.Length > 0)
            {
                return result;
            }
        }

        var entry = Lexicon.Match(_s, i);
        if (entry is null)
        {
            return -1;
        }

        var first = entry.First;
        if (lunar && first.Kind == Part.Festival && !Lexicon.Festivals[first.A].IsLunar)
        {
            return -1;
        }

        if (leap)
        {
            // 闰 names a leap month, whether the month is a number (闰十一月) or a name (闰冬月, 闰腊月).
            if (first.Kind != Part.MonthAbs)
            {
                return -1;
            }

            first.Leap = true;
        }

        if (first.Kind == Part.Season && entry.Word.Length == 1 && !sequence.Has(Part.YearAbs) && !sequence.Has(Part.YearRel) && !sequence.Has(Part.YearAnaphor))
        {
            return -1;
        }

        if (first.Kind == Part.PartOfDay && entry.Word.Length == 1)
        {
            var k = ParseNumber(i + 1, out _, out _);
            if (k == 0)
            {
                return -1;
            }
        }

        if (!sequence.TryAdd(first))
        {
            return -1;
        }

        if (entry.Second.Kind != Part.None && !sequence.TryAdd(entry.Second))
        {
            return -1;
        }

        return i + entry.Word.Length;
    }

    /// <summary>Whether the numerals at <paramref name="i"/> begin a lexicon word that is not a plain number (一季度, 五一, 十一, 三一五).</summary>
    private readonly bool IsLexiconNumberWord(int i)
    {
        var entry = Lexicon.Match(_s, i);
        return entry is not null && entry.Word.Length >= 2 && At(SkipSpaces(i + entry.Word.Length)) is not ('月' or '日' or '号' or '號' or '年' or '点' or '點' or '时' or '時');
    }

    private readonly int ParseOrdinal(int i, ref Sequence sequence)
    {
        var length = ParseNumber(i + 1, out var n, out _);
        if (length == 0 || n < 1)
        {
            return -1;
        }

        var j = i + 1 + length;
        if (StartsWith(j, "季度"))
        {
            return n <= 4 && sequence.TryAdd(new Piece(Part.Quarter, n)) ? j + 2 : -1;
        }

        if (sequence.Count == 0 && At(j) is '天' or '年' && n <= (At(j) == '天' ? 366 : 100))
        {
            // 第三天, 第七年: counted from the anchor, which is the first.
            return sequence.TryAdd(new Piece(At(j) == '天' ? Part.DayAnaphor : Part.YearAnaphor, n - 1)) ? j + 1 : -1;
        }

        var hasMonth = sequence.Has(Part.MonthAbs) || sequence.Has(Part.MonthRel) || sequence.Has(Part.MonthAnaphor);
        if (!hasMonth || n > 5)
        {
            return -1;
        }

        var k = j;
        if (At(k) is '个' or '個')
        {
            k++;
        }

        foreach (var week in (ReadOnlySpan<string>)["星期", "礼拜", "禮拜", "周", "週"])
        {
            if (!StartsWith(k, week))
            {
                continue;
            }

            var w = k + week.Length;
            var day = WeekdayAt(w);
            if (day > 0)
            {
                return sequence.TryAdd(new Piece(Part.WeekOfMonth, n, 1)) && sequence.TryAdd(new Piece(Part.Weekday, day)) ? w + 1 : -1;
            }

            return sequence.TryAdd(new Piece(Part.WeekOfMonth, n, 0)) ? w : -1;
        }

        return -1;
    }

    private readonly int WeekdayAt(int i) => At(i) switch
    {
        '一' or '1' => 1,
        '二' or '2' => 2,
        '三' or '3' => 3,
        '四' or '4' => 4,
        '五' or '5' => 5,
        '六' or '6' => 6,
        '日' or '天' or '7' => 7,
        _ => 0,
    };

    private readonly int ParseNumberPiece(int i, ref Sequence sequence, bool lunar, bool leap, out PendingNumber pending)
    {
        pending = default;
        var length = ParseNumber(i, out var n, out var form);
        if (length == 0)
        {
            return -1;
        }

        var numberEnd = i + length;
        var before = At(i - 1);
        if (sequence.Count == 0 && (Numerals.IsArabicDigit(before) || before is '.' or '．' || char.IsAsciiLetter(before)))
        {
            return -1;
        }

        if (form == NumberForm.Arabic && sequence.Count == 0)
        {
            var formatted = ParseNumericDate(i, numberEnd, n, ref sequence);
            if (formatted != 0)
            {
                return formatted;
            }
        }

        var j = SkipSpaces(numberEnd);
        var unit = At(j);

        if (StartsWith(j, "年代"))
        {
            var decade = n % 100;
            return decade % 10 == 0 && sequence.TryAdd(new Piece(Part.Decade, decade)) ? j + 2 : -1;
        }

        if (StartsWith(j, "世纪") || StartsWith(j, "世紀"))
        {
            return n is >= 1 and <= 30 && sequence.TryAdd(new Piece(Part.Century, n)) ? j + 2 : -1;
        }

        if (unit == '年')
        {
            int year;
            var twoDigit = false;
            if (form == NumberForm.Arabic && length == 4 && n is >= 1000 and <= 2999)
            {
                year = n;
            }
            else if (form == NumberForm.ChineseDigits && length == 4)
            {
                year = n;
            }
            else if ((form == NumberForm.Arabic || form == NumberForm.ChineseDigits) && length == 2)
            {
                year = n;
                twoDigit = form == NumberForm.Arabic && At(i) != '0';
            }
            else
            {
                return -1;
            }

            var after = At(j + 1);
            if (length == 2 && (after is '内' or '內' or '来' or '來' or '后' or '後' or '前' or '以' or '之' or '多' or '半' or '间' or '間'))
            {
                return -1;
            }

            var piece = new Piece(Part.YearAbs, year, length == 2 ? 1 : 0);
            if (!sequence.TryAdd(piece))
            {
                return -1;
            }

            sequence.TwoDigitYear = twoDigit;
            return j + 1;
        }

        if (unit == '月')
        {
            if (n is < 1 or > 12 || At(i - 1) is '个' or '個')
            {
                return -1;
            }

            var piece = new Piece(Part.MonthAbs, n) { Lunar = lunar, Leap = leap };
            if (!sequence.TryAdd(piece))
            {
                return -1;
            }

            var end = j + 1;
            if (At(end) == '份')
            {
                end++;
            }

            if (!lunar)
            {
                // 八月十五 without 日: a Chinese-numeral month and day with no 日/号 is read as a lunar date.
                var dayLength = ParseNumber(end, out var day, out var dayForm);
                var afterDay = At(end + dayLength);
                if (dayLength > 0 && dayForm != NumberForm.Arabic && day is >= 1 and <= 30 &&
                    afterDay is not ('日' or '号' or '號' or '月' or '点' or '點' or '时' or '時') && !IsUnitAt(end + dayLength))
                {
                    sequence.Pieces[sequence.Count - 1].Lunar = _unmarkedMonthDayIsLunar;
                    return sequence.TryAdd(new Piece(Part.DayAbs, day) { Lunar = _unmarkedMonthDayIsLunar }) ? end + dayLength : -1;
                }
            }

            return end;
        }

        if (unit is '日' or '号' or '號')
        {
            var after = At(j + 1);
            if (n is < 1 or > 31 || after is '内' or '內' || (after == '以' && At(j + 2) is '内' or '內') || At(i - 1) is '个' or '個')
            {
                return -1;
            }

            return sequence.TryAdd(new Piece(Part.DayAbs, n) { Lunar = lunar }) ? j + 1 : -1;
        }

        if (unit is '时' or '時' or '点' or '點' && n is >= 0 and <= 24 && !StartsWith(j, "时间") && !StartsWith(j, "時間") && !StartsWith(j, "点钟以") && At(j + 1) != '多')
        {
            return ParseClock(n, j + 1, unit is '點', ref sequence);
        }

        if (StartsWith(j, "季度") && n is >= 1 and <= 4)
        {
            return sequence.TryAdd(new Piece(Part.Quarter, n)) ? j + 2 : -1;
        }

        if (form == NumberForm.Arabic && unit == ':' && n is >= 0 and <= 24)
        {
            return ParseColonTime(n, j + 1, ref sequence);
        }

        if (form == NumberForm.Arabic && n is >= 1 and <= 12 && (StartsWith(j, "pm") || StartsWith(j, "PM") || StartsWith(j, "am") || StartsWith(j, "AM")))
        {
            var hour = unit is 'p' or 'P' ? (n % 12) + 12 : n % 12;
            return sequence.TryAdd(new Piece(Part.Clock, hour, -1, -1)) ? j + 2 : -1;
        }

        // A bare number after a month is its day (1月3, 十月31); after a lunar month, a lunar day (腊月二十七).
        var last = sequence.Last;
        if (last.Kind == Part.MonthAbs && n is >= 1 and <= 31 && !IsUnitAt(j))
        {
            if (last.Lunar && n > 30)
            {
                return -1;
            }

            return sequence.TryAdd(new Piece(Part.DayAbs, n) { Lunar = last.Lunar }) ? numberEnd : -1;
        }

        if (TryConnector(numberEnd, out _))
        {
            // 1~10月份, 2019年1-五月: the number takes its unit from the range's second point.
            pending = new PendingNumber { Start = i, Length = length, Value = n };
            return -1;
        }

        if (sequence.Count == 0 && form == NumberForm.Arabic && length == 4 && n is >= 1900 and <= 2100 && IsBoundary(numberEnd))
        {
            return sequence.TryAdd(new Piece(Part.YearAbs, n)) ? numberEnd : -1;
        }

        return -1;
    }

    /// <summary>Whether a time unit or counter follows (个, 天, 周 …), which makes a number an amount, not a day.</summary>
    private readonly bool IsUnitAt(int i)
    {
        var c = At(SkipSpaces(i));
        return c is '个' or '個' or '天' or '周' or '週' or '星' or '年' or '月' or '日' or '号' or '號' or '时' or '時' or '点' or '點' or '分' or '秒' or '小' or '多' or '余' or '%' or '％' or '万' or '亿' or '元' or '人' or '家' or '项' or '次' or '.' or '．' || Numerals.IsArabicDigit(c);
    }

    private readonly bool IsBoundary(int i)
    {
        var c = At(i);
        return c == '\0' || (!char.IsAsciiLetterOrDigit(c) && !IsCjk(c) && c is not ('.' or '．' or '%' or '％')) || c is '年';
    }

    private readonly int ParseNumericDate(int i, int numberEnd, int n, ref Sequence sequence)
    {
        var length = numberEnd - i;
        if (length == 8 && IsBoundary(numberEnd))
        {
            var year = n / 10000;
            var month = n / 100 % 100;
            var day = n % 100;
            if (year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return Add3(ref sequence, year, month, day) ? numberEnd : 0;
            }

            return 0;
        }

        var separator = At(numberEnd);
        if (separator is not ('.' or '-' or '/' or '·' or '．' or '－'))
        {
            return 0;
        }

        var secondLength = ParseNumber(numberEnd + 1, out var second, out var secondForm);
        if (secondLength is 0 or > 4 || secondForm != NumberForm.Arabic)
        {
            return 0;
        }

        var secondEnd = numberEnd + 1 + secondLength;
        var thirdLength = 0;
        var third = 0;
        if (At(secondEnd) == separator)
        {
            thirdLength = ParseNumber(secondEnd + 1, out third, out var thirdForm);
            if (thirdForm != NumberForm.Arabic || thirdLength > 4)
            {
                return 0;
            }
        }

        var end = thirdLength > 0 ? secondEnd + 1 + thirdLength : secondEnd;
        if (Numerals.IsArabicDigit(At(end)) || At(end) is '.' or '%' or '％')
        {
            return 0;
        }

        if (length == 4 && n is >= 1900 and <= 2100 && separator != '·')
        {
            if (second is < 1 or > 12)
            {
                return 0;
            }

            if (thirdLength == 0)
            {
                if (separator == '.' && secondLength != 2)
                {
                    return 0;
                }

                return sequence.TryAdd(new Piece(Part.YearAbs, n)) && sequence.TryAdd(new Piece(Part.MonthAbs, second)) ? end : 0;
            }

            return third >= 1 && third <= DateTime.DaysInMonth(n, second) && Add3(ref sequence, n, second, third) ? end : 0;
        }

        if (separator == '/' && length <= 2 && n is >= 1 and <= 12 && second is >= 1 and <= 31)
        {
            if (thirdLength == 0)
            {
                return sequence.TryAdd(new Piece(Part.MonthAbs, n)) && sequence.TryAdd(new Piece(Part.DayAbs, second)) ? end : 0;
            }

            var year = thirdLength == 4 ? third : thirdLength == 2 ? (third < 50 ? 2000 + third : 1900 + third) : 0;
            return year > 0 && second <= DateTime.DaysInMonth(year, n) && Add3(ref sequence, year, n, second) ? end : 0;
        }

        if (separator == '·' && length <= 2 && n is >= 1 and <= 12 && second is >= 1 and <= 31 && thirdLength == 0)
        {
            return sequence.TryAdd(new Piece(Part.MonthAbs, n)) && sequence.TryAdd(new Piece(Part.DayAbs, second)) ? end : 0;
        }

        return 0;
    }

    private static bool Add3(ref Sequence sequence, int year, int month, int day) =>
        sequence.TryAdd(new Piece(Part.YearAbs, year)) && sequence.TryAdd(new Piece(Part.MonthAbs, month)) && sequence.TryAdd(new Piece(Part.DayAbs, day));

    private readonly int ParseColonTime(int hour, int i, ref Sequence sequence)
    {
        var length = ParseNumber(i, out var minute, out var form);
        if (length != 2 || form != NumberForm.Arabic || minute > 59)
        {
            return -1;
        }

        var end = i + length;
        var second = -1;
        if (At(end) == ':')
        {
            var secondLength = ParseNumber(end + 1, out var s, out _);
            if (secondLength == 2 && s <= 59)
            {
                second = s;
                end += 3;
            }
        }

        if (At(end) is 'p' or 'P' or 'a' or 'A' && hour <= 12)
        {
            hour = At(end) is 'p' or 'P' ? (hour % 12) + 12 : hour % 12;
            end += At(end + 1) is 'm' or 'M' ? 2 : 1;
        }

        return sequence.TryAdd(new Piece(Part.Clock, hour, minute, second)) ? end : -1;
    }

    /// <summary>Parses what follows 点/时: 十五分, 半, 一刻, 三刻, 零五, the Cantonese 三 (= 15 minutes), 踏三, 三個字, and 秒.</summary>
    private readonly int ParseClock(int hour, int i, bool cantonese, ref Sequence sequence)
    {
        var minute = -1;
        var second = -1;
        var j = i;
        if (At(j) == '钟' || At(j) == '鐘')
        {
            j++;
        }
        else if (At(j) == '半')
        {
            minute = 30;
            j++;
        }
        else if (StartsWith(j, "一刻"))
        {
            minute = 15;
            j += 2;
        }
        else if (StartsWith(j, "三刻"))
        {
            minute = 45;
            j += 2;
        }
        else if (At(j) is '踏' or '搭')
        {
            if (At(j + 1) == '半')
            {
                minute = 30;
                j += 2;
            }
            else
            {
                var length = ParseNumber(j + 1, out var five, out _);
                if (length > 0 && five is >= 1 and <= 11)
                {
                    minute = five * 5;
                    j += 1 + length;
                }
            }
        }
        else
        {
            var length = ParseNumber(j, out var m, out var form);
            if (length > 0 && m <= 59)
            {
                var k = j + length;
                if (At(k) is '分')
                {
                    minute = m;
                    j = k + 1;
                    if (At(j) is '钟' or '鐘')
                    {
                        j++;
                    }
                }
                else if (StartsWith(k, "個字") || StartsWith(k, "个字"))
                {
                    minute = m * 5;
                    j = k + 2;
                }
                else if (cantonese && form == NumberForm.ChineseDigits && length == 1 && m >= 1)
                {
                    minute = m * 5;
                    j = k;
                }
                else if (!IsUnitAt(k) && At(k) is not ('月' or '日'))
                {
                    minute = m;
                    j = k;
                }
            }
        }

        if (minute >= 0)
        {
            var length = ParseNumber(j, out var s, out _);
            if (length > 0 && s <= 59 && At(j + length) == '秒')
            {
                second = s;
                j += length + 1;
            }
        }

        return sequence.TryAdd(new Piece(Part.Clock, hour, minute, second)) ? j : -1;
    }

    private static readonly (string Word, string Value, TemporalGrain Grain)[] SetUnits =
    [
        ("季度", "P3M", TemporalGrain.Quarter), ("个月", "P1M", TemporalGrain.Month), ("個月", "P1M", TemporalGrain.Month),
        ("星期", "P1W", TemporalGrain.Week), ("礼拜", "P1W", TemporalGrain.Week), ("小时", "PT1H", TemporalGrain.Hour),
        ("年", "P1Y", TemporalGrain.Year), ("月", "P1M", TemporalGrain.Month), ("周", "P1W", TemporalGrain.Week),
        ("週", "P1W", TemporalGrain.Week), ("天", "P1D", TemporalGrain.Day), ("日", "P1D", TemporalGrain.Day),
    ];

    /// <summary>每年, 每月, 每季度, 每天: a recurring time.</summary>
    private readonly bool TryParseSet(int i, ref Expression expression)
    {
        foreach (var (word, value, grain) in SetUnits)
        {
            if (StartsWith(i + 1, word))
            {
                expression.SetValue = value;
                expression.Amount.Unit = grain;
                expression.End = i + 1 + word.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>十三五 and “十四五”: the five-year plans, numbered from 一五 (1953–1957); the third began in 1966.</summary>
    private readonly bool TryParseFiveYearPlan(int i, ref Expression expression)
    {
        var c = At(i);
        if (c != '十' && Numerals.DigitValue(c) is < 1 or > 9)
        {
            return false;
        }

        var j = i;
        var n = 0;
        if (c == '十')
        {
            n = 10;
            j++;
            var d = Numerals.DigitValue(At(j));
            if (d >= 1 && At(j + 1) == '五')
            {
                n += d;
                j++;
            }
        }
        else
        {
            n = Numerals.DigitValue(c);
            j++;
        }

        if (At(j) != '五' || n < 1 || n > 20)
        {
            return false;
        }

        var end = j + 1;
        var after = At(end);
        var quoted = At(i - 1) is '“' or '"' or '「' or '‘';
        var named = StartsWith(end, "规划") || StartsWith(end, "時期") || StartsWith(end, "时期") || StartsWith(end, "期间") || StartsWith(end, "计划") || StartsWith(end, "末") || StartsWith(end, "以来");
        if (!(named || (quoted && after is '”' or '"' or '」' or '’')))
        {
            return false;
        }

        if (Numerals.DigitValue(At(i - 1)) >= 0 || At(i - 1) == '第')
        {
            return false;
        }

        expression.FiveYearPlan = n;
        expression.End = end;
        return true;
    }

    private static readonly (string Word, Relation Relation)[] RelationWords =
    [
        ("过去", Relation.LastN), ("過去", Relation.LastN), ("最近", Relation.Recent), ("未来", Relation.Coming), ("未來", Relation.Coming),
        ("今后", Relation.Coming), ("今後", Relation.Coming), ("接下来", Relation.Coming), ("近", Relation.Recent), ("上", Relation.LastN),
        ("前", Relation.LastN), ("下", Relation.NextN), ("后", Relation.NextN), ("後", Relation.NextN), ("过", Relation.Later), ("過", Relation.Later),
    ];

    /// <summary>Amounts of time and their relation to the anchor: 40天, 两年半, 三天前, 上两周, 近30天, 3年内.</summary>
    private readonly bool TryParseRelativeAmount(int start, ref Expression expression)
    {
        var i = start;
        var relation = Relation.None;
        var first = At(i);
        if (!Numerals.IsArabicDigit(first) && !Numerals.IsChineseNumeral(first) && first != '半' && "过過最未今接近上前下后後".IndexOf(first) < 0)
        {
            return false;
        }

        foreach (var (word, rel) in RelationWords)
        {
            if (StartsWith(i, word))
            {
                relation = rel;
                i += word.Length;
                break;
            }
        }

        var end = ParseAmount(i, relation != Relation.None, ref expression.Amount);
        if (end < 0)
        {
            return false;
        }

        var k = end;
        if (relation == Relation.NextN && first is '后' or '後' && (At(k) is '内' or '內' || StartsWith(k, "以内") || StartsWith(k, "以內")))
        {
            // 建成后3年内: the 后 closes the event the deadline counts from; the amount starts after it.
            return false;
        }

        if (relation == Relation.None)
        {
            if (StartsWith(k, "以来") || StartsWith(k, "以來") || At(k) is '来' or '來' && expression.Amount.Unit >= TemporalGrain.Day)
            {
                relation = Relation.Recent;
                expression.Suffix = Suffix.Since;
                k += At(k) == '以' ? 2 : 1;
            }
            else if (StartsWith(k, "以前") || StartsWith(k, "之前"))
            {
                relation = Relation.Ago;
                expression.Suffix = Suffix.Before;
                k += 2;
            }
            else if (StartsWith(k, "以后") || StartsWith(k, "以後") || StartsWith(k, "之后") || StartsWith(k, "之後"))
            {
                relation = Relation.Later;
                expression.Suffix = Suffix.After;
                k += 2;
            }
            else if (At(k) == '前')
            {
                relation = Relation.Ago;
                k++;
            }
            else if (At(k) is '后' or '後')
            {
                relation = Relation.Later;
                k++;
            }
            else if (At(k) is '内' or '內' || StartsWith(k, "以内") || StartsWith(k, "以內"))
            {
                // 60日内 is a deadline counted from the anchor, unless the clause names where it starts
                // (自受理之日起20个工作日内) or the amount is vague (一个多月内): then it is only an amount.
                relation = CountsFromEvent(start) || expression.Amount.Approximate ? Relation.None : Relation.Within;
                k += At(k) == '以' ? 2 : 1;
            }
            else if (StartsWith(k, "以上") || StartsWith(k, "以下"))
            {
                // 三十年以上, 3年以下: a bound on an amount, still an amount.
                expression.Suffix = At(k + 1) == '上' ? Suffix.After : Suffix.Before;
                k += 2;
            }
        }
        else if (relation == Relation.Later && expression.Amount.Unit > TemporalGrain.Day)
        {
            return false;
        }
        else if (relation == Relation.Later && expression.Amount.Unit == TemporalGrain.Day)
        {
            // 过两天 (“in a couple of days”) is vague: from that day on, not that day alone.
            expression.Suffix = Suffix.After;
        }
        else if (relation == Relation.Recent && (StartsWith(k, "以来") || StartsWith(k, "来")))
        {
            k += At(k) == '以' ? 2 : 1;
        }
        else if (relation == Relation.Coming && (At(k) is '内' or '內' || StartsWith(k, "以内")))
        {
            k += At(k) == '以' ? 2 : 1;
        }

        if (relation is Relation.LastN or Relation.NextN && (expression.Amount.Approximate || HasFraction(expression.Amount)))
        {
            return false;
        }

        if (relation == Relation.None && k - start == 2 && _s[start] == '一')
        {
            // 一年之计, 有一天: a lone 一年 or 一天 is an idiom more often than a measured span.
            return false;
        }

        expression.Relation = relation;
        expression.IsDuration = true;
        expression.End = k;
        return true;
    }

    private static bool HasFraction(Amount amount) =>
        amount.Years % 1 != 0 || amount.Months % 1 != 0 || amount.Days % 1 != 0 || amount.Weeks % 1 != 0 || amount.Hours % 1 != 0;

    /// <summary>Parses an amount: one or more number+unit groups (四年六个月), with 多/余 and 半.</summary>
    private readonly int ParseAmount(int i, bool relative, ref Amount amount)
    {
        var any = false;
        var j = i;
        var previousUnit = TemporalGrain.Year + 1;
        while (true)
        {
            double value;
            var k = j;
            if (At(k) == '半')
            {
                value = 0.5;
                k++;
            }
            else
            {
                var length = ParseNumber(k, out var n, out var form);
                if (length == 0 || (form == NumberForm.ChineseDigits && length > 1))
                {
                    break;
                }

                if (!any && (Numerals.IsArabicDigit(At(k - 1)) || At(k - 1) is '.' or '第' or '个' or '個'))
                {
                    return -1;
                }

                value = n;
                k += length;
                if (At(k) == '几' || At(k) == '幾')
                {
                    amount.Approximate = true;
                    k++;
                }
            }

            k = SkipSpaces(k);
            if (At(k) is '多' or '余' or '餘' or '来')
            {
                amount.Approximate = true;
                k++;
            }

            var counted = false;
            if (At(k) is '个' or '個')
            {
                counted = true;
                k++;
                if (At(k) is '多' or '余')
                {
                    amount.Approximate = true;
                    k++;
                }

                if (At(k) == '半')
                {
                    value += 0.5;
                    k++;
                }
            }

            if (!TryUnit(k, counted || relative, out var unit, out var unitLength, out var working))
            {
                break;
            }

            if (unit == TemporalGrain.Year && value >= 1000)
            {
                return -1;
            }

            if (unit == TemporalGrain.Day && _s[k] == '日' && value <= 31 && !(At(k + 1) is '内' or '內' || StartsWith(k + 1, "以内")))
            {
                break;
            }

            if (unit >= previousUnit)
            {
                break;
            }

            k += unitLength;
            if (At(k) is '多' or '余')
            {
                amount.Approximate = true;
                k++;
            }

            if (At(k) == '半' && value % 1 == 0)
            {
                value += 0.5;
                k++;
            }

            switch (unit)
            {
                case TemporalGrain.Year: amount.Years += value; break;
                case TemporalGrain.Month: amount.Months += value; break;
                case TemporalGrain.Week: amount.Weeks += value; break;
                case TemporalGrain.Day when working: amount.WorkingDays += (int)value; break;
                case TemporalGrain.Day: amount.Days += value; break;
                case TemporalGrain.Hour: amount.Hours += value; break;
                case TemporalGrain.Minute: amount.Minutes += value; break;
                default: amount.Seconds += value; break;
            }

            amount.Unit = unit;
            previousUnit = unit;
            any = true;
            j = k;
        }

        return any ? j : -1;
    }

    private static readonly (string Word, TemporalGrain Unit, bool NeedsCounter)[] Units =
    [
        ("工作日", TemporalGrain.Day, false), ("年", TemporalGrain.Year, false), ("周年", TemporalGrain.Year, false),
        ("月", TemporalGrain.Month, true), ("星期", TemporalGrain.Week, false), ("礼拜", TemporalGrain.Week, false),
        ("禮拜", TemporalGrain.Week, false), ("周", TemporalGrain.Week, false), ("週", TemporalGrain.Week, false),
        ("天", TemporalGrain.Day, false), ("日", TemporalGrain.Day, false), ("小时", TemporalGrain.Hour, false),
        ("小時", TemporalGrain.Hour, false), ("钟头", TemporalGrain.Hour, false), ("鐘頭", TemporalGrain.Hour, false),
        ("鐘", TemporalGrain.Hour, true), ("钟", TemporalGrain.Hour, true), ("分钟", TemporalGrain.Minute, false),
        ("分鐘", TemporalGrain.Minute, false), ("秒钟", TemporalGrain.Second, false), ("秒鐘", TemporalGrain.Second, false), ("秒", TemporalGrain.Second, false),
    ];

    private readonly bool TryUnit(int k, bool counted, out TemporalGrain unit, out int length, out bool working)
    {
        working = false;
        length = 0;
        unit = TemporalGrain.Second;
        foreach (var (word, grain, needsCounter) in Units)
        {
            if (StartsWith(k, word) && (!needsCounter || counted))
            {
                if (word == "周年")
                {
                    return false;
                }

                unit = grain;
                length = word.Length;
                working = word == "工作日";
                if (word is "年" && (At(k + 1) is '代' or '级' or '級' or '度') || word is "日" && At(k + 1) is '本' or '报' or '報' or '常' or '益' or '前' || word is "天" && At(k + 1) is '然' or '津' or '下' or '空' or '地')
                {
                    return false;
                }

                return true;
            }
        }

        return false;
    }
}
