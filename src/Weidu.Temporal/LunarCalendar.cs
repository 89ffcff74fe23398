using System.Globalization;

namespace Weidu.Temporal;

/// <summary>Lunar ↔ solar conversion through <see cref="ChineseLunisolarCalendar"/> (1901–2100), with the leap month named as the text names it.</summary>
internal static class LunarCalendar
{
    private static readonly ChineseLunisolarCalendar Calendar = new();

    public static bool IsSupported(int lunarYear) => lunarYear is >= 1901 and <= 2100;

    /// <summary>The calendar's month index (1–13) of <paramref name="month"/> (or its leap month) in <paramref name="lunarYear"/>, or 0 when that leap month does not exist.</summary>
    private static int MonthIndex(int lunarYear, int month, bool leap)
    {
        var leapIndex = Calendar.GetLeapMonth(lunarYear);
        if (leap)
        {
            return leapIndex == month + 1 ? leapIndex : 0;
        }

        return leapIndex != 0 && month >= leapIndex ? month + 1 : month;
    }

    public static bool TryGetMonth(int lunarYear, int month, bool leap, out DateOnly start, out DateOnly end)
    {
        start = end = default;
        if (!IsSupported(lunarYear) || month is < 1 or > 12)
        {
            return false;
        }

        var index = MonthIndex(lunarYear, month, leap);
        if (index == 0)
        {
            return false;
        }

        start = DateOnly.FromDateTime(Calendar.ToDateTime(lunarYear, index, 1, 0, 0, 0, 0));
        end = start.AddDays(Calendar.GetDaysInMonth(lunarYear, index));
        return true;
    }

    public static bool TryToSolar(int lunarYear, int month, bool leap, int day, out DateOnly date)
    {
        date = default;
        if (!TryGetMonth(lunarYear, month, leap, out var start, out var end) || day < 1)
        {
            return false;
        }

        date = start.AddDays(day - 1);
        return date < end;
    }

    /// <summary>The lunar date of a solar date in the supported range.</summary>
    public static bool TryFromSolar(DateOnly date, out LunarDate lunar)
    {
        lunar = default;
        var time = date.ToDateTime(TimeOnly.MinValue);
        if (time < Calendar.MinSupportedDateTime || time > Calendar.MaxSupportedDateTime)
        {
            return false;
        }

        var year = Calendar.GetYear(time);
        var index = Calendar.GetMonth(time);
        var leapIndex = Calendar.GetLeapMonth(year);
        var leap = leapIndex != 0 && index == leapIndex;
        var month = leapIndex != 0 && index >= leapIndex ? index - 1 : index;
        lunar = new LunarDate(year, month, leap, Calendar.GetDayOfMonth(time));
        return true;
    }

    /// <summary>The lunar year in which a solar date falls, or the solar year outside the supported range.</summary>
    public static int YearOf(DateOnly date) => TryFromSolar(date, out var lunar) ? lunar.Year : date.Year;

    /// <summary>The last day (除夕) of lunar year <paramref name="lunarYear"/>.</summary>
    public static bool TryGetNewYearsEve(int lunarYear, out DateOnly date)
    {
        date = default;
        if (!TryToSolar(lunarYear + 1, 1, false, 1, out var next))
        {
            return false;
        }

        date = next.AddDays(-1);
        return true;
    }
}
