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

/// <summary>
/// Reads the numbers of one text for the parser. The scan stops at every numeral, so a long run of
/// numerals (a digit string, a line of 〇) would be read again from each of its characters; the last
/// two long runs are therefore read once, right to left, into the value that starts at each position.
/// Results are exactly those of <see cref="Numerals.Parse"/>.
/// </summary>
internal struct NumeralRuns
{
    /// <summary>Runs shorter than this are cheaper to read again than to remember.</summary>
    internal const int LongRun = 16;

    private Run _recent;
    private Run _older;

    /// <summary>As <see cref="Numerals.Parse"/>, in amortised constant time inside a long run.</summary>
    public int Parse(ReadOnlySpan<char> s, int pos, out int value, out NumberForm form)
    {
        if (_recent.Contains(pos))
        {
            return _recent.Read(pos, out value, out form);
        }

        if (_older.Contains(pos))
        {
            (_recent, _older) = (_older, _recent);
            return _recent.Read(pos, out value, out form);
        }

        var length = Numerals.Parse(s, pos, out value, out form);
        if (length >= LongRun)
        {
            _older = _recent;
            _recent = Run.Read(s.Slice(pos, length), pos, form == NumberForm.Arabic);
        }

        return length;
    }

    private readonly struct Run
    {
        private readonly int _start;
        private readonly int[]? _values;
        private readonly bool _arabic;

        /// <summary>The last positional unit (十, 百, 万 …) of a Chinese run, relative to its start; -1 when none.</summary>
        private readonly int _lastUnit;

        private Run(int start, int[] values, bool arabic, int lastUnit)
        {
            _start = start;
            _values = values;
            _arabic = arabic;
            _lastUnit = lastUnit;
        }

        public bool Contains(int pos) => _values is not null && pos >= _start && pos - _start < _values.Length;

        public int Read(int pos, out int value, out NumberForm form)
        {
            var k = pos - _start;
            value = _values![k];
            form = _arabic ? NumberForm.Arabic : k <= _lastUnit ? NumberForm.ChinesePositional : NumberForm.ChineseDigits;
            return _values.Length - k;
        }

        /// <summary>
        /// Computes the value from every position of <paramref name="run"/> to its end in one pass from the right.
        /// A positional number is a sum: each unit adds its multiplier times the digit before it (or 1), times
        /// 10000 when a 万 follows, and a digit adds itself only where it ends the number or precedes 万. So the
        /// value from k is the value from k + 1 plus what the character at k adds, which depends only on the
        /// first character after k that is not 零.
        /// </summary>
        public static Run Read(ReadOnlySpan<char> run, int start, bool arabic)
        {
            var values = new int[run.Length];
            var lastUnit = -1;
            var firstNonZero = run.Length;
            long sum = 0;
            var myriad = false;
            var next = Next.End;
            long nextScale = 0;
            for (var k = run.Length - 1; k >= 0; k--)
            {
                var c = run[k];
                var digit = Numerals.DigitValue(c);
                if (digit > 0)
                {
                    firstNonZero = k;
                }

                if (arabic)
                {
                    values[k] = Digits(run[firstNonZero..], arabic);
                    continue;
                }

                var scale = myriad ? 10000L : 1L;
                var multiplier = c switch { '十' or '拾' => 10, '百' or '佰' => 100, '千' or '仟' => 1000, '廿' => 20, '卅' => 30, '万' => 1, _ => 0 };
                if (multiplier > 0 && lastUnit < 0)
                {
                    lastUnit = k;
                }

                switch (c)
                {
                    case '十' or '拾' or '百' or '佰' or '千' or '仟':
                        sum = unchecked(sum + (scale * multiplier));
                        (next, nextScale) = (Next.Unit, scale * multiplier);
                        break;
                    case '廿' or '卅':
                        sum = unchecked(sum + (scale * multiplier));
                        next = Next.Fixed;
                        break;
                    case '万':
                        myriad = true;
                        next = Next.Myriad;
                        break;
                    default:
                        if (digit > 0)
                        {
                            sum = unchecked(sum + next switch
                            {
                                Next.End => digit,
                                Next.Unit => (digit - 1) * nextScale,
                                Next.Myriad => digit * 10000L,
                                _ => 0,
                            });
                            next = Next.Digit;
                        }

                        break;
                }

                values[k] = k > lastUnit ? Digits(run[firstNonZero..], arabic) : (int)Math.Min(sum, int.MaxValue);
            }

            return new Run(start, values, arabic, lastUnit);
        }

        /// <summary>The value of a digit-by-digit number from its first nonzero digit, as <see cref="Numerals.Parse"/> caps it.</summary>
        private static int Digits(ReadOnlySpan<char> digits, bool arabic)
        {
            long v = 0;
            foreach (var c in digits)
            {
                if (arabic)
                {
                    if (v >= 100_000_000)
                    {
                        break;
                    }

                    v = (v * 10) + Numerals.DigitValue(c);
                }
                else
                {
                    v = (v * 10) + Numerals.DigitValue(c);
                    if (v > 100_000_000)
                    {
                        break;
                    }
                }
            }

            return (int)v;
        }
    }

    private enum Next : byte
    {
        End,
        Digit,
        Unit,
        Fixed,
        Myriad,
    }
}
