using System.Globalization;

namespace Weidu.Temporal;

/// <summary>How a festival's date is found in a year.</summary>
internal enum FestivalRule : byte
{
    /// <summary>A fixed Gregorian month and day.</summary>
    Solar,

    /// <summary>A fixed lunar month and day.</summary>
    Lunar,

    /// <summary>The last day of the lunar year (除夕).</summary>
    LunarNewYearsEve,

    /// <summary>The Nth given weekday of a month (A = month, B = N, C = ISO weekday; N = -1 for the last).</summary>
    NthWeekday,

    /// <summary>A solar term (A = index from 小寒).</summary>
    SolarTerm,

    /// <summary>The Sun's entry into a sidereal sign (A = sidereal longitude, Lahiri ayanamsa), dated in India Standard Time: 印度丰收节 (Pongal) at Makar Sankranti.</summary>
    Sankranti,

    /// <summary>A Hindu lunisolar day (A = sidereal sign of the month's opening new moon, B = 0 for the eve of its full moon, 1 for its closing new moon, 2 for its opening new moon).</summary>
    Hindu,

    /// <summary>Western Easter plus A days.</summary>
    Easter,

    /// <summary>Orthodox Easter plus A days.</summary>
    OrthodoxEaster,

    /// <summary>A Hebrew date (A = month from Tishrei = 1, with 6 = Adar and 7 = Nisan; B = day), observed from the evening before.</summary>
    Hebrew,

    /// <summary>An Umm al-Qura Hijri date (A = month, B = day; B = 0 for the whole month).</summary>
    Hijri,
}

/// <summary>A named festival or commemoration and the rule that dates it.</summary>
internal sealed record Festival(FestivalRule Rule, int A, int B, int C = 0, int Days = 1, int Offset = 0)
{
    /// <summary>The festival's first days in Gregorian year <paramref name="year"/>, shifted by <see cref="Offset"/> days.</summary>
    public IEnumerable<DateOnly> OccurrencesIn(int year) => Offset == 0 ? RuleDates(year) : RuleDates(year).Select(d => d.AddDays(Offset));

    private IEnumerable<DateOnly> RuleDates(int year)
    {
        switch (Rule)
        {
            case FestivalRule.Solar:
                if (year is >= 1 and <= 9999 && B <= DateTime.DaysInMonth(year, A))
                {
                    yield return new DateOnly(year, A, B);
                }

                break;
            case FestivalRule.Lunar:
                for (var lunarYear = year - 1; lunarYear <= year; lunarYear++)
                {
                    if (LunarCalendar.TryToSolar(lunarYear, A, false, B, out var date) && date.Year == year)
                    {
                        yield return date;
                    }
                }

                break;
            case FestivalRule.LunarNewYearsEve:
                for (var lunarYear = year - 1; lunarYear <= year; lunarYear++)
                {
                    if (LunarCalendar.TryGetNewYearsEve(lunarYear, out var date) && date.Year == year)
                    {
                        yield return date;
                    }
                }

                break;
            case FestivalRule.NthWeekday:
                if (Calendars.TryNthWeekday(year, A, B, (DayOfWeek)(C % 7), out var nth))
                {
                    yield return nth;
                }

                break;
            case FestivalRule.SolarTerm:
                if (year is >= 1800 and <= 2200)
                {
                    yield return SolarTerms.Date(year, A);
                }

                break;
            case FestivalRule.Sankranti:
                if (year is >= 1800 and <= 2200)
                {
                    yield return Calendars.Sankranti(year, A);
                }

                break;
            case FestivalRule.Hindu:
                foreach (var date in MoonPhases.HinduDates(year, A, B))
                {
                    yield return date;
                }

                break;
            case FestivalRule.Easter:
                if (year is >= 1583 and <= 4099)
                {
                    yield return Calendars.Easter(year).AddDays(A);
                }

                break;
            case FestivalRule.OrthodoxEaster:
                if (year is >= 1583 and <= 4099)
                {
                    yield return Calendars.OrthodoxEaster(year).AddDays(A);
                }

                break;
            case FestivalRule.Hebrew:
                foreach (var date in Calendars.HebrewDates(year, A, B))
                {
                    yield return C == 1 ? Calendars.IndependenceDayEve(date) : date;
                }

                break;
            case FestivalRule.Hijri:
                foreach (var date in Calendars.HijriDates(year, A, Math.Max(B, 1)))
                {
                    yield return date;
                }

                break;
            default:
                break;
        }
    }

    /// <summary>The number of days the festival lasts when it starts on <paramref name="start"/>.</summary>
    public int LengthFrom(DateOnly start) => Rule == FestivalRule.Hijri && B == 0 ? Calendars.HijriMonthLength(start) : Days;

    /// <summary>Whether the festival belongs to the lunar calendar.</summary>
    public bool IsLunar => Rule is FestivalRule.Lunar or FestivalRule.LunarNewYearsEve;
}

/// <summary>Calendar arithmetic the festivals need: Easter, Nth weekdays, Hebrew and Hijri dates.</summary>
internal static class Calendars
{
    private static readonly HebrewCalendar Hebrew = new();
    private static readonly UmAlQuraCalendar Hijri = new();

    public static bool TryNthWeekday(int year, int month, int n, DayOfWeek weekday, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || n == 0)
        {
            return false;
        }

        if (n < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            date = last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
            return true;
        }

        var first = new DateOnly(year, month, 1);
        date = first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (n - 1)));
        return date.Month == month;
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Orthodox Easter Sunday (the Julian computus), as a Gregorian date.</summary>
    public static DateOnly OrthodoxEaster(int year)
    {
        var a = year % 4;
        var b = year % 7;
        var c = year % 19;
        var d = ((19 * c) + 15) % 30;
        var e = ((2 * a) + (4 * b) - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = ((d + e + 114) % 31) + 1;
        var julian = new JulianCalendar().ToDateTime(year, month, day, 0, 0, 0, 0);
        return DateOnly.FromDateTime(julian);
    }

    /// <summary>
    /// The evenings on which a Hebrew date (month counted from Tishrei, 6 = Adar, 7 = Nisan) begins in
    /// Gregorian year <paramref name="year"/>: Jewish days begin at sunset, so the eve is the first day.
    /// </summary>
    public static IEnumerable<DateOnly> HebrewDates(int year, int month, int day)
    {
        for (var hebrewYear = year + 3760; hebrewYear <= year + 3761; hebrewYear++)
        {
            if (hebrewYear is < 5343 or > 5999)
            {
                continue;
            }

            var leap = Hebrew.IsLeapYear(hebrewYear);
            var index = month switch
            {
                <= 5 => month,
                6 => leap ? 7 : 6,
                _ => leap ? month + 1 : month,
            };
            if (day > Hebrew.GetDaysInMonth(hebrewYear, index))
            {
                continue;
            }

            var date = DateOnly.FromDateTime(Hebrew.ToDateTime(hebrewYear, index, day, 0, 0, 0, 0)).AddDays(-1);
            if (date.Year == year)
            {
                yield return date;
            }
        }
    }

    /// <summary>
    /// Israel's Independence Day (5 Iyar) moves off the Sabbath's edges: Friday or Saturday to the
    /// Thursday before, Monday to Tuesday. Takes and returns the evening it begins.
    /// </summary>
    public static DateOnly IndependenceDayEve(DateOnly eve)
    {
        var day = eve.AddDays(1);
        day = day.DayOfWeek switch
        {
            DayOfWeek.Friday => day.AddDays(-1),
            DayOfWeek.Saturday => day.AddDays(-2),
            DayOfWeek.Monday => day.AddDays(1),
            _ => day,
        };
        return day.AddDays(-1);
    }

    /// <summary>
    /// The day (India Standard Time) the Sun enters sidereal longitude <paramref name="sidereal"/>,
    /// with the Lahiri ayanamsa (23.853° at J2000, growing 50.29″ a year).
    /// </summary>
    public static DateOnly Sankranti(int year, int sidereal)
    {
        var ayanamsa = 23.853 + ((year - 2000) * 50.29 / 3600.0);
        var tropical = (sidereal + ayanamsa) % 360.0;
        var guess = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(((tropical - 280.0 + 360.0) % 360.0) * 365.2422 / 360.0);
        var instant = SolarTerms.InstantOfLongitude(tropical, guess).AddHours(5.5);
        return DateOnly.FromDateTime(instant);
    }

    /// <summary>The Gregorian dates of an Umm al-Qura Hijri month and day that fall in <paramref name="year"/>.</summary>
    public static IEnumerable<DateOnly> HijriDates(int year, int month, int day)
    {
        var approximate = (int)((year - 622) * 33.0 / 32.0);
        for (var hijriYear = approximate - 1; hijriYear <= approximate + 2; hijriYear++)
        {
            if (hijriYear is < 1318 or > 1500 || day > Hijri.GetDaysInMonth(hijriYear, month))
            {
                continue;
            }

            var date = DateOnly.FromDateTime(Hijri.ToDateTime(hijriYear, month, day, 0, 0, 0, 0));
            if (date.Year == year)
            {
                yield return date;
            }
        }
    }

    public static int HijriMonthLength(DateOnly start)
    {
        var time = start.ToDateTime(TimeOnly.MinValue);
        return Hijri.GetDaysInMonth(Hijri.GetYear(time), Hijri.GetMonth(time));
    }
}
