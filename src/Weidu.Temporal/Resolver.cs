using System.Globalization;
using System.Text;

namespace Weidu.Temporal;

/// <summary>The unit a TIMEX value is written in.</summary>
internal enum ValueUnit : byte
{
    Century,
    Decade,
    Year,
    Half,
    Season,
    Quarter,
    MonthSpan,
    Month,
    Week,
    Weekend,
    Day,
    DaySpan,
    PartOfDay,
    Hour,
    Minute,
    Second,
    Present,
    Past,
}

/// <summary>One resolved point: its interval, grain and how its TIMEX value is written.</summary>
internal struct Point
{
    public DateTime Start;
    public DateTime End;
    public TemporalGrain Grain;
    public ValueUnit Unit;
    public int UnitArg;
    public TemporalModifier Modifier;
    public bool YearInferred;
    public bool ExplicitYear;
    public bool HasMonth;
    public bool HasDay;
    public AnchorSource Source;
    public LunarDate? Lunar;
    public bool IsLunarMonth;
    public int LunarYear;
    public bool FestivalPlaced;
    public int PmShift;
    public int NthWeekday;
}

/// <summary>The running state of one extraction: the year, month and date the text last named, for 5月31日, 当月 and 是日.</summary>
internal struct Focus
{
    public int? Year;
    public DateOnly? Month;
    public DateOnly? Date;
}

/// <summary>Resolves parsed expressions against a <see cref="TemporalContext"/> and the text's running focus.</summary>
internal sealed class Resolver
{
    private readonly TemporalContext _context;
    private readonly DateTime _anchor;
    private readonly DateOnly _anchorDate;
    private Focus _focus;

    public Resolver(TemporalContext context)
    {
        _context = context;
        _anchor = context.Anchor;
        _anchorDate = DateOnly.FromDateTime(context.Anchor);
    }

    private DateTime AnchorEnd => _anchor.TimeOfDay == TimeSpan.Zero ? _anchor.Date.AddDays(1) : _anchor.AddSeconds(1);

    private static DateTime Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    /// <summary>Resolves an expression into a mention; false when it names no real date (2月30日).</summary>
    public bool TryResolve(ReadOnlySpan<char> text, ref Expression expression, out Resolution resolution)
    {
        resolution = default;
        try
        {
            return TryResolveCore(text, ref expression, out resolution);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A year arithmetic step left DateTime's range (year 0 or 10000): no such date.
            return false;
        }
    }

    private bool TryResolveCore(ReadOnlySpan<char> text, ref Expression expression, out Resolution resolution)
    {
        resolution = default;
        if (expression.FiveYearPlan > 0)
        {
            var n = expression.FiveYearPlan;
            var first = n switch { 1 => 1953, 2 => 1958, _ => 1966 + (5 * (n - 3)) };
            resolution = new Resolution(TemporalKind.Interval, $"{first:D4}/{first + 4:D4}", TemporalModifier.None, TemporalGrain.Year,
                new TemporalInterval(new DateTime(first, 1, 1), new DateTime(first + 5, 1, 1)), AnchorSource.Text, null);
            return true;
        }

        if (expression.SetValue is { } every)
        {
            resolution = new Resolution(TemporalKind.Set, every, TemporalModifier.None, expression.Amount.Unit, null, AnchorSource.Text, null);
            return true;
        }

        if (expression.IsDuration)
        {
            return TryResolveAmount(ref expression, out resolution);
        }

        var tense = TenseCue.Detect(text, expression.Start, expression.End, _context.Bias);
        if (!TryResolveSequence(ref expression.First, null, tense, out var a))
        {
            return false;
        }

        if (expression.IsRange)
        {
            Point b;
            if (expression.UntilNow)
            {
                b = a;
                b.Start = _anchor;
                b.End = AnchorEnd;
            }
            else
            {
                var saved = _focus.Date;
                _focus.Date = DateOnly.FromDateTime(a.Start);
                var ok = TryResolveSequence(ref expression.Second, a, tense, out b);
                _focus.Date = saved;
                if (!ok)
                {
                    return false;
                }
            }

            if (b.End <= a.Start)
            {
                return false;
            }

            UpdateFocus(expression.UntilNow ? a : b);
            var value = expression.UntilNow ? $"{Timex(a)}/PRESENT_REF" : $"{Timex(a)}/{Timex(b)}";

            // 至16日24时: 24时 closing a range is the moment the day ends, not an hour after it.
            var last = expression.Second.Last;
            var end = !expression.UntilNow && last.Kind == Part.Clock && last.A == 24 && last.B <= 0 ? b.Start : b.End;
            resolution = new Resolution(TemporalKind.Interval, value, TemporalModifier.None, a.Grain < b.Grain ? a.Grain : b.Grain,
                new TemporalInterval(a.Start, end), Combine(a.Source, b.Source), a.Lunar);
            return true;
        }

        UpdateFocus(a);
        var kind = a.Unit is ValueUnit.PartOfDay or ValueUnit.Hour or ValueUnit.Minute or ValueUnit.Second ? TemporalKind.Time : TemporalKind.Date;
        var interval = new TemporalInterval(a.Start, a.End);
        var modifier = a.Modifier;
        switch (expression.Suffix)
        {
            case Suffix.Before:
                interval = new TemporalInterval(null, a.Modifier == TemporalModifier.End ? a.End : a.Start);
                modifier = TemporalModifier.Before;
                kind = TemporalKind.Interval;
                break;
            case Suffix.After:
                interval = new TemporalInterval(a.End, null);
                modifier = TemporalModifier.After;
                kind = TemporalKind.Interval;
                break;
            case Suffix.Since:
                interval = new TemporalInterval(a.Start, AnchorEnd);
                modifier = TemporalModifier.After;
                kind = TemporalKind.Interval;
                break;
            case Suffix.From:
                interval = new TemporalInterval(a.Start, expression.UntilNow || a.Start < _anchor ? AnchorEnd : null);
                modifier = TemporalModifier.After;
                kind = TemporalKind.Interval;
                break;
            case Suffix.Approx:
                modifier = TemporalModifier.Approx;
                break;
            default:
                break;
        }

        resolution = new Resolution(kind, Timex(a), modifier, a.Grain, interval, a.Source, a.Lunar);
        return true;
    }

    private static AnchorSource Combine(AnchorSource a, AnchorSource b) => a == AnchorSource.Text ? b : a;

    private void UpdateFocus(Point point)
    {
        if (point.ExplicitYear)
        {
            _focus.Year = point.Start.Year;
        }

        if (point.HasMonth && !point.IsLunarMonth)
        {
            _focus.Month = new DateOnly(point.Start.Year, point.Start.Month, 1);
        }

        if (point.HasDay && point.Grain <= TemporalGrain.Day)
        {
            _focus.Date = DateOnly.FromDateTime(point.Start);
        }
    }

    private bool TryResolveSequence(ref Sequence sequence, Point? rangeBase, Tense tense, out Point point)
    {
        if (!TryWalk(ref sequence, rangeBase, null, out point))
        {
            return false;
        }

        if (!point.YearInferred || rangeBase is not null || point.FestivalPlaced || _focus.Year is not null)
        {
            return true;
        }

        var shift = tense switch
        {
            Tense.Past when point.Start > _anchor => -1,
            Tense.Future when point.End <= _anchor.Date => 1,
            _ => 0,
        };
        if (shift == 0)
        {
            return true;
        }

        var year = (point.IsLunarMonth ? point.LunarYear : point.Start.Year) + shift;
        if (TryWalk(ref sequence, null, year, out var shifted))
        {
            point = shifted;
        }

        return true;
    }

    private int InferredYear(Point? rangeBase, out bool inferred, out AnchorSource source)
    {
        inferred = true;
        if (rangeBase is { } b)
        {
            source = b.Source;
            inferred = b.YearInferred;
            return b.IsLunarMonth ? b.LunarYear : b.Start.Year;
        }

        if (_focus.Year is { } focus)
        {
            source = AnchorSource.Text;
            return focus;
        }

        source = _context.Source;
        return _context.DocumentYear ?? _anchor.Year;
    }

    /// <summary>Applies each part in turn, narrowing the interval from the largest unit to the smallest.</summary>
    private bool TryWalk(ref Sequence sequence, Point? rangeBase, int? forcedYear, out Point p)
    {
        p = default;
        p.Source = AnchorSource.Text;
        var hasYear = false;
        var year = 0;
        var lunarSequence = false;
        for (var i = 0; i < sequence.Count; i++)
        {
            if (sequence.Pieces[i].Lunar && sequence.Pieces[i].Kind == Part.MonthAbs)
            {
                lunarSequence = true;
            }
        }

        for (var i = 0; i < sequence.Count; i++)
        {
            var piece = sequence.Pieces[i];
            if (!hasYear && piece.Order >= 3 && NeedsYear(piece.Kind))
            {
                if (forcedYear is { } forced)
                {
                    year = forced;
                    p.YearInferred = true;
                    p.Source = _context.Source;
                }
                else if (piece.Kind == Part.Festival && rangeBase is null && _focus.Year is null)
                {
                    year = 0;
                }
                else if ((piece.Lunar || lunarSequence) && rangeBase is null && (_focus.Year is null || _focus.Date is not null))
                {
                    // A lunar date without its year belongs to the lunar year of the nearest full date before
                    // it: after 2019年1月20日, 腊月二十七 is the 腊月 of lunar 2018 (2019-02-01), not of lunar 2019.
                    year = _focus.Date is { } seen ? LunarCalendar.YearOf(seen) : _context.DocumentYear ?? LunarCalendar.YearOf(_anchorDate);
                    p.YearInferred = true;
                    p.Source = _context.Source;
                }
                else
                {
                    year = InferredYear(rangeBase, out var inferred, out var source);
                    p.YearInferred = inferred;
                    p.Source = source;
                }

                hasYear = year != 0;
                if (hasYear && piece.Kind is not (Part.MonthAbs or Part.DayAbs or Part.Festival))
                {
                    p.Start = new DateTime(year, 1, 1);
                    p.End = p.Start.AddYears(1);
                    p.Unit = ValueUnit.Year;
                    p.Grain = TemporalGrain.Year;
                }
            }

            switch (piece.Kind)
            {
                case Part.Century:
                    p.Start = new DateTime(Math.Max(1, (piece.A - 1) * 100), 1, 1);
                    p.End = p.Start.AddYears(100);
                    p.Grain = TemporalGrain.Year;
                    p.Unit = ValueUnit.Century;
                    p.UnitArg = piece.A;
                    break;
                case Part.CenturyRel:
                    p.Start = new DateTime(Math.Max(1, ((_anchor.Year / 100) + piece.A) * 100), 1, 1);
                    p.End = p.Start.AddYears(100);
                    p.Grain = TemporalGrain.Year;
                    p.Unit = ValueUnit.Century;
                    p.UnitArg = (p.Start.Year / 100) + 1;
                    p.Source = _context.Source;
                    break;
                case Part.Decade:
                    if (p.Unit == ValueUnit.Century && i > 0)
                    {
                        p.Start = p.Start.AddYears(piece.A);
                    }
                    else
                    {
                        var century = _anchor.Year / 100 * 100;
                        if (century + piece.A > _anchor.Year)
                        {
                            century -= 100;
                        }

                        p.Start = new DateTime(century + piece.A, 1, 1);
                    }

                    p.End = p.Start.AddYears(10);
                    p.Grain = TemporalGrain.Year;
                    p.Unit = ValueUnit.Decade;
                    break;
                case Part.YearAbs or Part.YearRel or Part.YearAnaphor:
                    year = piece.Kind switch
                    {
                        Part.YearAbs when piece.B == 1 => piece.A + (piece.A <= Math.Max(_anchor.Year - 2000 + 10, 29) ? 2000 : 1900),
                        Part.YearAbs => piece.A,
                        Part.YearRel => _anchor.Year + piece.A,
                        _ => (_focus.Year ?? _focus.Date?.Year ?? _context.DocumentYear ?? _anchor.Year) + piece.A,
                    };
                    if (piece.Kind == Part.YearRel || (piece.Kind == Part.YearAnaphor && _focus.Year is null && _focus.Date is null))
                    {
                        p.Source = _context.Source;
                    }

                    if (piece.Kind == Part.YearAbs && piece.B == 1)
                    {
                        p.Source = _context.Source;
                    }

                    if (year is < 1 or > 9998)
                    {
                        return false;
                    }

                    hasYear = true;
                    p.ExplicitYear = true;
                    p.Start = new DateTime(year, 1, 1);
                    p.End = p.Start.AddYears(1);
                    p.Grain = TemporalGrain.Year;
                    p.Unit = ValueUnit.Year;
                    break;
                case Part.Season:
                    p.Start = Day(SolarTerms.Date(year, 2 + (6 * (piece.A - 1))));
                    p.End = piece.A == 4 ? Day(SolarTerms.Date(year + 1, 2)) : Day(SolarTerms.Date(year, 2 + (6 * piece.A)));
                    p.Grain = TemporalGrain.Day;
                    p.Unit = ValueUnit.Season;
                    p.UnitArg = piece.A;
                    break;
                case Part.Quarter:
                    p.Start = new DateTime(year, (3 * piece.A) - 2, 1);
                    p.End = p.Start.AddMonths(3);
                    p.Grain = TemporalGrain.Quarter;
                    p.Unit = ValueUnit.Quarter;
                    p.UnitArg = piece.A;
                    break;
                case Part.QuarterRel:
                    {
                        var total = (_anchor.Year * 4) + ((_anchor.Month - 1) / 3) + piece.A;
                        p.Start = new DateTime(total / 4, ((total % 4) * 3) + 1, 1);
                        p.End = p.Start.AddMonths(3);
                        p.Grain = TemporalGrain.Quarter;
                        p.Unit = ValueUnit.Quarter;
                        p.UnitArg = (total % 4) + 1;
                        p.Source = _context.Source;
                        hasYear = true;
                        year = p.Start.Year;
                        break;
                    }

                case Part.QuartersFirst:
                    p.Start = new DateTime(year, 1, 1);
                    p.End = p.Start.AddMonths(3 * piece.A);
                    p.Grain = TemporalGrain.Month;
                    p.Unit = ValueUnit.MonthSpan;
                    break;
                case Part.MonthsFirst:
                    p.Start = new DateTime(year, piece.A, 1);
                    p.End = p.Start.AddMonths(piece.B);
                    p.Grain = TemporalGrain.Month;
                    p.Unit = ValueUnit.MonthSpan;
                    break;
                case Part.Half:
                    p.Start = new DateTime(year, (6 * piece.A) - 5, 1);
                    p.End = p.Start.AddMonths(6);
                    p.Grain = TemporalGrain.Month;
                    p.Unit = ValueUnit.Half;
                    p.UnitArg = piece.A;
                    break;
                case Part.MonthAbs when piece.Lunar || lunarSequence:
                    {
                        if (!LunarCalendar.TryGetMonth(year, piece.A, piece.Leap, out var start, out var end))
                        {
                            return false;
                        }

                        p.Start = Day(start);
                        p.End = Day(end);
                        p.Grain = TemporalGrain.Day;
                        p.Unit = ValueUnit.DaySpan;
                        p.IsLunarMonth = true;
                        p.LunarYear = year;
                        p.HasMonth = true;
                        p.Lunar = new LunarDate(year, piece.A, piece.Leap, 0);
                        break;
                    }

                case Part.MonthAbs:
                    p.Start = new DateTime(year, piece.A, 1);
                    p.End = p.Start.AddMonths(1);
                    p.Grain = TemporalGrain.Month;
                    p.Unit = ValueUnit.Month;
                    p.HasMonth = true;
                    break;
                case Part.MonthRel or Part.MonthAnaphor:
                    {
                        var baseMonth = new DateOnly(_anchor.Year, _anchor.Month, 1);
                        if (piece.Kind == Part.MonthAnaphor && _focus.Month is { } known)
                        {
                            baseMonth = new DateOnly(known.Year, known.Month, 1);
                        }
                        else
                        {
                            p.Source = _context.Source;
                        }

                        p.Start = Day(baseMonth).AddMonths(piece.A);
                        p.End = p.Start.AddMonths(1);
                        p.Grain = TemporalGrain.Month;
                        p.Unit = ValueUnit.Month;
                        p.HasMonth = true;
                        hasYear = true;
                        year = p.Start.Year;
                        break;
                    }

                case Part.Xun:
                    if (!EnsureMonth(ref p, rangeBase, ref hasYear, ref year))
                    {
                        return false;
                    }

                    {
                        // 上旬 1–10, 中旬 11–20, 下旬 21–end; 上中旬 and 中下旬 span two (B is the last).
                        var monthStart = p.Start;
                        var monthEnd = p.End;
                        var last = Math.Max(piece.A, piece.B);
                        p.Start = monthStart.AddDays(10 * (piece.A - 1));
                        p.End = last == 3 ? monthEnd : monthStart.AddDays(10 * last);
                        p.Grain = TemporalGrain.Day;
                        p.Modifier = piece.A switch { 1 => TemporalModifier.Start, 2 when last == 2 => TemporalModifier.Mid, _ => TemporalModifier.End };
                    }

                    break;
                case Part.WeekRel:
                    {
                        var monday = _anchor.Date.AddDays(-(((int)_anchor.DayOfWeek + 6) % 7) + (7 * piece.A));
                        p.Start = monday;
                        p.End = monday.AddDays(7);
                        p.Grain = TemporalGrain.Week;
                        p.Unit = ValueUnit.Week;
                        p.Source = _context.Source;
                        hasYear = true;
                        year = monday.Year;
                        break;
                    }

                case Part.WeekOfMonth:
                    if (!EnsureMonth(ref p, rangeBase, ref hasYear, ref year))
                    {
                        return false;
                    }

                    if (piece.B == 1)
                    {
                        p.NthWeekday = piece.A;
                        break;
                    }

                    {
                        var first = p.Start.AddDays((8 - (int)p.Start.DayOfWeek) % 7).AddDays(7 * (piece.A - 1));
                        p.Start = first;
                        p.End = first.AddDays(7);
                        p.Grain = TemporalGrain.Week;
                        p.Unit = ValueUnit.Week;
                        break;
                    }

                case Part.Weekday:
                    if (!ResolveWeekday(ref p, piece, i > 0))
                    {
                        return false;
                    }

                    break;
                case Part.DayAbs:
                    if (!ResolveDay(ref p, piece, rangeBase, ref hasYear, ref year))
                    {
                        return false;
                    }

                    break;
                case Part.DayRel:
                    p.Start = _anchor.Date.AddDays(piece.A);
                    SetDay(ref p);
                    p.Source = _context.Source;
                    hasYear = true;
                    break;
                case Part.DayAnaphor:
                    {
                        DateOnly baseDate;
                        if (_focus.Date is { } seen)
                        {
                            baseDate = seen;
                        }
                        else if (_context.PreviousEntryDate is { } previous)
                        {
                            baseDate = previous;
                            p.Source = AnchorSource.PreviousEntry;
                        }
                        else
                        {
                            baseDate = _anchorDate;
                            p.Source = _context.Source;
                        }

                        p.Start = Day(baseDate).AddDays(piece.A);
                        SetDay(ref p);
                        hasYear = true;
                        break;
                    }

                case Part.Festival:
                    if (!ResolveFestival(ref p, Lexicon.Festivals[piece.A], hasYear ? year : null, forcedYear))
                    {
                        return false;
                    }

                    hasYear = true;
                    year = p.Start.Year;
                    break;
                case Part.Vague:
                    p.Start = piece.A < 0 ? _anchor.Date.AddDays(-10) : _anchor.Date.AddDays(-30);
                    p.End = piece.A < 0 ? _anchor.Date.AddDays(1) : _anchor.Date.AddDays(31);
                    p.Grain = TemporalGrain.Day;
                    p.Unit = piece.A < 0 ? ValueUnit.Past : ValueUnit.Present;
                    p.Modifier = TemporalModifier.Approx;
                    p.Source = _context.Source;
                    break;
                case Part.PartOfDay:
                    {
                        var day = p.HasDay ? p.Start.Date : BaseDay(ref p, rangeBase);
                        p.Start = day.AddHours(piece.A);
                        p.End = day.AddHours(piece.B);
                        p.Grain = TemporalGrain.Hour;
                        p.Unit = ValueUnit.PartOfDay;
                        p.UnitArg = piece.A;
                        p.PmShift = piece.C;
                        p.HasDay = true;
                        break;
                    }

                case Part.Clock:
                    {
                        var day = p.HasDay ? p.Start.Date : BaseDay(ref p, rangeBase);
                        var hour = piece.A;
                        if ((p.PmShift == 1 && hour < 12 && hour >= (p.UnitArg >= 23 ? 6 : 1)) || (p.PmShift == 2 && hour < 11))
                        {
                            hour += 12;
                        }
                        else if (p.PmShift == 1 && p.UnitArg >= 18 && hour == 12)
                        {
                            hour = 24;
                        }

                        p.Start = day.AddHours(hour).AddMinutes(Math.Max(piece.B, 0)).AddSeconds(Math.Max(piece.C, 0));
                        (p.Grain, p.Unit) = piece.B < 0 ? (TemporalGrain.Hour, ValueUnit.Hour) : piece.C < 0 ? (TemporalGrain.Minute, ValueUnit.Minute) : (TemporalGrain.Second, ValueUnit.Second);
                        p.End = p.Grain switch { TemporalGrain.Hour => p.Start.AddHours(1), TemporalGrain.Minute => p.Start.AddMinutes(1), _ => p.Start.AddSeconds(1) };
                        p.HasDay = true;
                        break;
                    }

                case Part.Now:
                    p.Start = _anchor;
                    p.End = _anchor.AddSeconds(1);
                    p.Grain = TemporalGrain.Second;
                    p.Unit = ValueUnit.Present;
                    p.Source = _context.Source;
                    break;
                case Part.Modifier:
                    if (!ApplyModifier(ref p, piece, rangeBase, ref hasYear, ref year))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return p.End > p.Start;
    }

    private static bool NeedsYear(Part kind) => kind is Part.Season or Part.Quarter or Part.QuartersFirst or Part.MonthsFirst or Part.Half
        or Part.MonthAbs or Part.Festival;

    private static void SetDay(ref Point p)
    {
        p.End = p.Start.AddDays(1);
        p.Grain = TemporalGrain.Day;
        p.Unit = ValueUnit.Day;
        p.HasDay = true;
        p.HasMonth = true;
    }

    private DateTime BaseDay(ref Point p, Point? rangeBase)
    {
        if (rangeBase is { } b)
        {
            return b.Start.Date;
        }

        p.Source = _context.Source;
        return _anchor.Date;
    }

    private bool EnsureMonth(ref Point p, Point? rangeBase, ref bool hasYear, ref int year)
    {
        if (p.HasMonth)
        {
            return true;
        }

        DateOnly month;
        if (rangeBase is { HasMonth: true } b)
        {
            month = DateOnly.FromDateTime(b.Start);
            p.Source = b.Source;
            p.YearInferred = b.YearInferred;
        }
        else if (_focus.Month is { } focus)
        {
            month = focus;
        }
        else
        {
            month = _context.DocumentYear is { } documentYear && documentYear != _anchor.Year ? new DateOnly(documentYear, _anchor.Month, 1) : _anchorDate;
            p.Source = _context.Source;
        }

        p.Start = new DateTime(month.Year, month.Month, 1);
        p.End = p.Start.AddMonths(1);
        p.Grain = TemporalGrain.Month;
        p.Unit = ValueUnit.Month;
        p.HasMonth = true;
        hasYear = true;
        year = month.Year;
        return true;
    }

    private bool ResolveDay(ref Point p, Piece piece, Point? rangeBase, ref bool hasYear, ref int year)
    {
        if (p.IsLunarMonth)
        {
            var monthStart = p.Start;
            var monthEnd = p.End;
            p.Start = monthStart.AddDays(piece.A - 1);
            if (p.Start >= monthEnd)
            {
                return false;
            }

            p.Lunar = p.Lunar is { } lunar ? lunar with { Day = piece.A } : null;
            SetDay(ref p);
            return true;
        }

        if (piece.Lunar && !p.HasMonth)
        {
            if (!LunarCalendar.TryFromSolar(rangeBase is { } b ? DateOnly.FromDateTime(b.Start) : _anchorDate, out var current) ||
                !LunarCalendar.TryToSolar(current.Year, current.Month, current.IsLeapMonth, piece.A, out var date))
            {
                return false;
            }

            p.Start = Day(date);
            p.Lunar = current with { Day = piece.A };
            p.Source = _context.Source;
            SetDay(ref p);
            return true;
        }

        if (!EnsureMonth(ref p, rangeBase, ref hasYear, ref year))
        {
            return false;
        }

        if (piece.A > DateTime.DaysInMonth(p.Start.Year, p.Start.Month))
        {
            return false;
        }

        p.Start = new DateTime(p.Start.Year, p.Start.Month, piece.A);
        SetDay(ref p);
        return true;
    }

    private bool ResolveWeekday(ref Point p, Piece piece, bool inContext)
    {
        var weekday = piece.A % 7;
        if (p.NthWeekday > 0)
        {
            if (!Calendars.TryNthWeekday(p.Start.Year, p.Start.Month, p.NthWeekday, (DayOfWeek)weekday, out var nth))
            {
                return false;
            }

            p.Start = Day(nth);
            SetDay(ref p);
            return true;
        }

        if (inContext && p.Unit == ValueUnit.Week)
        {
            p.Start = p.Start.AddDays(piece.A - 1);
        }
        else if (inContext && p.HasDay)
        {
            return true;
        }
        else
        {
            var monday = _anchor.Date.AddDays(-(((int)_anchor.DayOfWeek + 6) % 7));
            p.Start = monday.AddDays(piece.A - 1);
            if (_context.Bias == TemporalBias.Future && p.Start <= _anchor.Date)
            {
                p.Start = p.Start.AddDays(7);
            }
            else if (_context.Bias == TemporalBias.Past && p.Start >= _anchor.Date)
            {
                p.Start = p.Start.AddDays(-7);
            }

            p.Source = _context.Source;
        }

        SetDay(ref p);
        if (piece.B == 2)
        {
            p.End = p.Start.AddDays(2);
            p.Unit = ValueUnit.Weekend;
        }

        return true;
    }

    /// <summary>
    /// Places a festival: in the named year (lunar festivals in that lunar year); otherwise in the
    /// focus year; otherwise its next occurrence on or after the anchor, or its latest before it when
    /// the text looks back.
    /// </summary>
    private bool ResolveFestival(ref Point p, Festival festival, int? year, int? forcedYear)
    {
        DateOnly date;
        year ??= forcedYear;
        if (year is { } y)
        {
            if (!TryFestivalInYear(festival, y, out date))
            {
                return false;
            }
        }
        else
        {
            var past = _context.Bias == TemporalBias.Past;
            var found = false;
            date = default;
            for (var candidateYear = _anchor.Year - 1; candidateYear <= _anchor.Year + 1; candidateYear++)
            {
                if (!TryFestivalInYear(festival, candidateYear, out var candidate))
                {
                    continue;
                }

                if (past ? candidate <= _anchorDate : candidate >= _anchorDate)
                {
                    if (!found || (past ? candidate > date : candidate < date))
                    {
                        date = candidate;
                        found = true;
                    }
                }
            }

            if (!found)
            {
                return false;
            }

            p.YearInferred = true;
            p.Source = _context.Source;
        }

        p.FestivalPlaced = true;
        p.Start = Day(date);
        SetDay(ref p);
        var length = festival.LengthFrom(date);
        if (length > 1)
        {
            p.End = p.Start.AddDays(length);
            p.Unit = ValueUnit.DaySpan;
        }

        if (festival.IsLunar && LunarCalendar.TryFromSolar(date, out var lunar))
        {
            p.Lunar = lunar;
        }

        return true;
    }

    private static bool TryFestivalInYear(Festival festival, int year, out DateOnly date)
    {
        date = default;
        if (festival.Rule == FestivalRule.Lunar)
        {
            return LunarCalendar.TryToSolar(year, festival.A, false, festival.B, out date);
        }

        if (festival.Rule == FestivalRule.LunarNewYearsEve)
        {
            return LunarCalendar.TryGetNewYearsEve(year, out date);
        }

        foreach (var occurrence in festival.OccurrencesIn(year))
        {
            date = occurrence;
            return true;
        }

        return false;
    }

    /// <summary>初, 中, 底 (and 年初, 月底, 季末, 末期): a part of the current unit, at the peers' widths.</summary>
    private bool ApplyModifier(ref Point p, Piece piece, Point? rangeBase, ref bool hasYear, ref int year)
    {
        var mod = (TemporalModifier)piece.A;
        var scope = (Scope)piece.B;
        if (scope == Scope.Year && !hasYear)
        {
            year = InferredYear(rangeBase, out var inferred, out var source);
            p.YearInferred = inferred;
            p.Source = source;
            hasYear = true;
            p.Start = new DateTime(year, 1, 1);
            p.End = p.Start.AddYears(1);
            p.Grain = TemporalGrain.Year;
            p.Unit = ValueUnit.Year;
        }
        else if (scope == Scope.Month && !p.HasMonth && !EnsureMonth(ref p, rangeBase, ref hasYear, ref year))
        {
            return false;
        }
        else if (scope == Scope.Quarter && p.Unit != ValueUnit.Quarter)
        {
            var total = (_anchor.Year * 4) + ((_anchor.Month - 1) / 3);
            p.Start = new DateTime(total / 4, ((total % 4) * 3) + 1, 1);
            p.End = p.Start.AddMonths(3);
            p.Unit = ValueUnit.Quarter;
            p.UnitArg = (total % 4) + 1;
            p.Source = _context.Source;
        }

        if (p.End <= p.Start)
        {
            return false;
        }

        if (mod == TemporalModifier.None)
        {
            return true;
        }

        p.Modifier = mod;
        switch (p.Unit)
        {
            case ValueUnit.Century or ValueUnit.Decade:
                {
                    var years = p.End.Year - p.Start.Year;
                    var part = Math.Max(1, years * 3 / 10);
                    var offset = mod switch { TemporalModifier.Start => 0, TemporalModifier.End => years - part, _ => (years - part) / 2 };
                    p.Start = p.Start.AddYears(offset);
                    p.End = p.Start.AddYears(part);
                    break;
                }

            case ValueUnit.Year or ValueUnit.Half or ValueUnit.Quarter or ValueUnit.MonthSpan:
                {
                    var months = ((p.End.Year - p.Start.Year) * 12) + p.End.Month - p.Start.Month;
                    var part = Math.Max(1, months / 6);
                    var offset = mod switch { TemporalModifier.Start => 0, TemporalModifier.End => months - part, _ => (months - part) / 2 };
                    p.Start = p.Start.AddMonths(offset);
                    p.End = p.Start.AddMonths(part);
                    p.Grain = TemporalGrain.Month;
                    break;
                }

            case ValueUnit.Month or ValueUnit.DaySpan when p.HasMonth && !p.HasDay:
                {
                    var monthStart = p.Start;
                    var monthEnd = p.End;
                    (p.Start, p.End) = mod switch
                    {
                        TemporalModifier.Start => (monthStart, monthStart.AddDays(5)),
                        TemporalModifier.Mid => (monthStart.AddDays(10), monthStart.AddDays(20)),
                        _ => (monthStart.AddDays(24), monthEnd),
                    };
                    p.Grain = TemporalGrain.Day;
                    break;
                }

            default:
                break;
        }

        return true;
    }

    private bool TryResolveAmount(ref Expression expression, out Resolution resolution)
    {
        ref var amount = ref expression.Amount;
        var iso = IsoDuration(amount);
        resolution = default;
        if (expression.Relation == Relation.Within)
        {
            resolution = new Resolution(TemporalKind.Interval, iso, TemporalModifier.None, amount.Unit, new TemporalInterval(_anchor, WithinEnd(amount)), _context.Source, null);
            return true;
        }

        if (expression.Relation == Relation.None)
        {
            var modifier = expression.Suffix switch
            {
                Suffix.After => TemporalModifier.After,
                Suffix.Before => TemporalModifier.Before,
                _ => amount.Approximate ? TemporalModifier.Approx : TemporalModifier.None,
            };
            resolution = new Resolution(TemporalKind.Duration, iso, modifier, amount.Unit, null, AnchorSource.Text, null);
            return true;
        }

        var months = (amount.Years * 12) + amount.Months;
        var days = (amount.Weeks * 7) + amount.Days + amount.WorkingDays + ((months % 1) * 30);
        var seconds = (amount.Hours * 3600) + (amount.Minutes * 60) + amount.Seconds + ((days % 1) * 86400);
        var unit = amount.Unit;
        if (HasFractionAtUnit(amount))
        {
            unit = unit switch { TemporalGrain.Year => TemporalGrain.Month, TemporalGrain.Month or TemporalGrain.Week => TemporalGrain.Day, TemporalGrain.Day => TemporalGrain.Hour, _ => TemporalGrain.Minute };
        }

        var floor = Floor(_anchor, unit);
        DateTime Shift(DateTime t, int sign) => t.AddMonths(sign * (int)months).AddDays(sign * Math.Floor(days)).AddSeconds(sign * seconds);

        var source = _context.Source;
        switch (expression.Relation)
        {
            case Relation.Ago or Relation.Later:
                {
                    var sign = expression.Relation == Relation.Ago ? -1 : 1;
                    var start = Floor(Shift(_anchor, sign), unit);
                    var end = Next(start, unit, 1);
                    var point = new Point { Start = start, End = end, Grain = unit, Unit = UnitOf(unit), HasDay = unit <= TemporalGrain.Day };
                    var interval = expression.Suffix switch
                    {
                        Suffix.Before => new TemporalInterval(null, end),
                        Suffix.After => new TemporalInterval(start, null),
                        _ => new TemporalInterval(start, end),
                    };
                    var modifier = expression.Suffix switch { Suffix.Before => TemporalModifier.Before, Suffix.After => TemporalModifier.After, _ => amount.Approximate ? TemporalModifier.Approx : TemporalModifier.None };
                    resolution = new Resolution(expression.Suffix == Suffix.None ? KindOf(unit) : TemporalKind.Interval, Timex(point), modifier, unit, interval, source, null);
                    return true;
                }

            case Relation.LastN:
                {
                    var start = Shift(floor, -1);
                    resolution = new Resolution(TemporalKind.Interval, $"{Stamp(start, unit)}/{Stamp(Next(floor, unit, -1), unit)}", TemporalModifier.None, unit, new TemporalInterval(start, floor), source, null);
                    return true;
                }

            case Relation.NextN:
                {
                    var start = Next(floor, unit, 1);
                    var end = Shift(start, 1);
                    resolution = new Resolution(TemporalKind.Interval, $"{Stamp(start, unit)}/{Stamp(Next(end, unit, -1), unit)}", TemporalModifier.None, unit, new TemporalInterval(start, end), source, null);
                    return true;
                }

            case Relation.Coming:
                {
                    // 未来五年, 今后10年: from now to the same calendar day N units on.
                    var end = Shift(_anchor.Date, 1);
                    resolution = new Resolution(TemporalKind.Interval, $"PRESENT_REF/{Stamp(end.AddDays(-1), TemporalGrain.Day)}", TemporalModifier.None, unit, new TemporalInterval(_anchor, end), source, null);
                    return true;
                }

            default:
                {
                    // 三个月以来: from the start of the month three months back; 近三个月: from the same calendar
                    // day; 近30天: from the same instant.
                    var start = expression.Suffix == Suffix.Since ? Shift(floor, -1) : unit > TemporalGrain.Day ? Shift(_anchor, -1).Date : Shift(_anchor, -1);
                    resolution = new Resolution(TemporalKind.Interval, $"{Stamp(start, unit)}/PRESENT_REF", TemporalModifier.After, unit, new TemporalInterval(start, AnchorEnd), source, null);
                    return true;
                }
        }
    }

    /// <summary>
    /// Where “within N units” from the anchor ends, counted as the law counts a period (民法典 第二百零一条
    /// to 第二百零三条): the anchor's own day does not count, the last day is the N-th day after it (the
    /// N-th working day, Monday to Friday; or the same day N months or years on, a month's last day when
    /// that month is shorter) and the period ends when that day does. Hours and minutes count from the instant.
    /// </summary>
    private DateTime WithinEnd(Amount amount)
    {
        if (amount.Unit < TemporalGrain.Day)
        {
            return _anchor.AddDays((amount.Weeks * 7) + amount.Days).AddHours(amount.Hours).AddMinutes(amount.Minutes).AddSeconds(amount.Seconds);
        }

        var months = (amount.Years * 12) + amount.Months;
        var last = _anchor.Date.AddMonths((int)months).AddDays(Math.Floor((amount.Weeks * 7) + amount.Days + ((months % 1) * 30)));
        for (var remaining = amount.WorkingDays; remaining > 0;)
        {
            last = last.AddDays(1);
            if (last.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                remaining--;
            }
        }

        return last.AddDays(1);
    }

    private static bool HasFractionAtUnit(Amount amount) => amount.Unit switch
    {
        TemporalGrain.Year => amount.Years % 1 != 0,
        TemporalGrain.Month => amount.Months % 1 != 0,
        TemporalGrain.Week => amount.Weeks % 1 != 0,
        TemporalGrain.Day => amount.Days % 1 != 0,
        TemporalGrain.Hour => amount.Hours % 1 != 0,
        _ => false,
    };

    private static TemporalKind KindOf(TemporalGrain grain) => grain <= TemporalGrain.Hour ? TemporalKind.Time : TemporalKind.Date;

    private static ValueUnit UnitOf(TemporalGrain grain) => grain switch
    {
        TemporalGrain.Second => ValueUnit.Second,
        TemporalGrain.Minute => ValueUnit.Minute,
        TemporalGrain.Hour => ValueUnit.Hour,
        TemporalGrain.Day => ValueUnit.Day,
        TemporalGrain.Week => ValueUnit.Week,
        TemporalGrain.Month => ValueUnit.Month,
        TemporalGrain.Quarter => ValueUnit.Quarter,
        _ => ValueUnit.Year,
    };

    private static DateTime Floor(DateTime t, TemporalGrain grain) => grain switch
    {
        TemporalGrain.Second => new DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second),
        TemporalGrain.Minute => new DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0),
        TemporalGrain.Hour => new DateTime(t.Year, t.Month, t.Day, t.Hour, 0, 0),
        TemporalGrain.Day => t.Date,
        TemporalGrain.Week => t.Date.AddDays(-(((int)t.DayOfWeek + 6) % 7)),
        TemporalGrain.Month => new DateTime(t.Year, t.Month, 1),
        TemporalGrain.Quarter => new DateTime(t.Year, (((t.Month - 1) / 3) * 3) + 1, 1),
        _ => new DateTime(t.Year, 1, 1),
    };

    private static DateTime Next(DateTime t, TemporalGrain grain, int count) => grain switch
    {
        TemporalGrain.Second => t.AddSeconds(count),
        TemporalGrain.Minute => t.AddMinutes(count),
        TemporalGrain.Hour => t.AddHours(count),
        TemporalGrain.Day => t.AddDays(count),
        TemporalGrain.Week => t.AddDays(7 * count),
        TemporalGrain.Month => t.AddMonths(count),
        TemporalGrain.Quarter => t.AddMonths(3 * count),
        _ => t.AddYears(count),
    };

    private static string Stamp(DateTime t, TemporalGrain grain) => Timex(new Point { Start = t, Unit = UnitOf(grain) });

    /// <summary>The TIMEX3-style value of a point at its own precision; XXXX for a year the text does not give.</summary>
    public static string Timex(Point p)
    {
        var c = CultureInfo.InvariantCulture;
        var year = p.YearInferred && p.Lunar is null ? "XXXX" : p.Start.Year.ToString("D4", c);
        return p.Unit switch
        {
            ValueUnit.Century => (p.UnitArg - 1).ToString("D2", c),
            ValueUnit.Decade => (p.Start.Year / 10).ToString("D3", c),
            ValueUnit.Year => year,
            ValueUnit.Half => $"{year}-H{p.UnitArg}",
            ValueUnit.Season => $"{year}-{p.UnitArg switch { 1 => "SP", 2 => "SU", 3 => "FA", _ => "WI" }}",
            ValueUnit.Quarter => $"{year}-Q{p.UnitArg}",
            ValueUnit.MonthSpan => $"{year}-{p.Start.Month:D2}/{year}-{p.End.AddDays(-1).Month:D2}",
            ValueUnit.Month => $"{year}-{p.Start.Month:D2}",
            ValueUnit.Week => $"{ISOWeek.GetYear(p.Start):D4}-W{ISOWeek.GetWeekOfYear(p.Start):D2}",
            ValueUnit.Weekend => $"{ISOWeek.GetYear(p.Start):D4}-W{ISOWeek.GetWeekOfYear(p.Start):D2}-WE",
            ValueUnit.Day => $"{year}-{p.Start.Month:D2}-{p.Start.Day:D2}",
            ValueUnit.DaySpan => $"{p.Start:yyyy-MM-dd}/{p.End.AddDays(-1):yyyy-MM-dd}",
            ValueUnit.PartOfDay => $"{year}-{p.Start.Month:D2}-{p.Start.Day:D2}T{p.UnitArg switch { < 6 => "NI", < 12 => "MO", < 17 => "AF", < 20 => "EV", _ => "NI" }}",
            ValueUnit.Hour => $"{year}-{p.Start.Month:D2}-{p.Start.Day:D2}T{p.Start.Hour:D2}",
            ValueUnit.Minute => $"{year}-{p.Start.Month:D2}-{p.Start.Day:D2}T{p.Start.Hour:D2}:{p.Start.Minute:D2}",
            ValueUnit.Second => $"{year}-{p.Start.Month:D2}-{p.Start.Day:D2}T{p.Start.Hour:D2}:{p.Start.Minute:D2}:{p.Start.Second:D2}",
            ValueUnit.Present => "PRESENT_REF",
            _ => "PAST_REF",
        };
    }

    /// <summary>An ISO 8601 duration with halves spelled out in the next unit (两年半 = P2Y6M).</summary>
    public static string IsoDuration(Amount amount)
    {
        var years = amount.Years;
        var months = amount.Months + ((years % 1) * 12);
        var days = amount.Days + amount.WorkingDays + ((months % 1) * 30) + (amount.Weeks % 1 * 7);
        var hours = amount.Hours + ((days % 1) * 24);
        var minutes = amount.Minutes + ((hours % 1) * 60);
        var builder = new StringBuilder("P");
        void Append(double value, char unit)
        {
            if (value >= 1)
            {
                builder.Append(((long)value).ToString(CultureInfo.InvariantCulture)).Append(unit);
            }
        }

        Append(years, 'Y');
        Append(months, 'M');
        Append(Math.Floor(amount.Weeks), 'W');
        Append(days, 'D');
        if (hours >= 1 || minutes >= 1 || amount.Seconds >= 1)
        {
            builder.Append('T');
            Append(hours, 'H');
            Append(minutes, 'M');
            Append(amount.Seconds, 'S');
        }

        return builder.Length == 1 ? "PT0S" : builder.ToString();
    }
}

/// <summary>A resolved expression, ready to become a <see cref="TemporalMention"/>.</summary>
internal readonly record struct Resolution(
    TemporalKind Kind,
    string Value,
    TemporalModifier Modifier,
    TemporalGrain Grain,
    TemporalInterval? Interval,
    AnchorSource Source,
    LunarDate? Lunar);
