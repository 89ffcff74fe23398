namespace Weidu.Temporal;

/// <summary>
/// New and full moons (Meeus, <i>Astronomical Algorithms</i>, ch. 49, the main periodic terms: a few
/// minutes), and the Hindu lunisolar festivals built on them: a month begins at the new moon (amanta)
/// and takes its name from the sidereal sign the Sun is in then.
/// </summary>
internal static class MoonPhases
{
    private const double J2000 = 2451545.0;

    /// <summary>The UTC instant of lunation <paramref name="k"/> (k = 0 is the new moon of 6 January 2000; k + 0.5 is the following full moon).</summary>
    public static DateTime Phase(double k)
    {
        var t = k / 1236.85;
        var jde = 2451550.09766 + (29.530588861 * k) + (0.00015437 * t * t);
        var e = 1 - (0.002516 * t) - (0.0000074 * t * t);
        var m = Radians(2.5534 + (29.10535670 * k));
        var mp = Radians(201.5643 + (385.81693528 * k) + (0.0107582 * t * t));
        var f = Radians(160.7108 + (390.67050284 * k) - (0.0016118 * t * t));
        var omega = Radians(124.7746 - (1.56375588 * k));
        var full = k % 1 != 0;
        var correction = full
            ? (-0.40614 * Math.Sin(mp)) + (0.17302 * e * Math.Sin(m)) + (0.01614 * Math.Sin(2 * mp)) + (0.01043 * Math.Sin(2 * f))
              + (0.00734 * e * Math.Sin(mp - m)) - (0.00515 * e * Math.Sin(mp + m)) + (0.00209 * e * e * Math.Sin(2 * m))
            : (-0.40720 * Math.Sin(mp)) + (0.17241 * e * Math.Sin(m)) + (0.01608 * Math.Sin(2 * mp)) + (0.01039 * Math.Sin(2 * f))
              + (0.00739 * e * Math.Sin(mp - m)) - (0.00514 * e * Math.Sin(mp + m)) + (0.00208 * e * e * Math.Sin(2 * m));
        correction += (-0.00111 * Math.Sin(mp - (2 * f))) - (0.00057 * Math.Sin(mp + (2 * f))) + (0.00056 * e * Math.Sin((2 * mp) + m))
            - (0.00042 * Math.Sin(3 * mp)) + (0.00042 * e * Math.Sin(m + (2 * f))) + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mp) - m)) - (0.00017 * Math.Sin(omega));

        // JDE is dynamical time; the minute or so of ΔT does not move a date by more than that.
        return new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc).AddDays(jde + correction - J2000);
    }

    private static double Radians(double degrees) => degrees % 360.0 * Math.PI / 180.0;

    private static DateOnly IndiaDate(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(5.5));

    /// <summary>The sidereal sign (0 = Aries … 11 = Pisces, Lahiri ayanamsa) the Sun is in at a UTC instant.</summary>
    private static int SiderealSign(DateTime utc)
    {
        var jde = (utc - new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)).TotalDays + J2000;
        var ayanamsa = 23.853 + ((utc.Year - 2000) * 50.29 / 3600.0);
        var sidereal = (SolarTerms.ApparentLongitude(jde) - ayanamsa + 720.0) % 360.0;
        return (int)(sidereal / 30.0);
    }

    /// <summary>
    /// A day of the Hindu month whose opening new moon falls with the Sun in sidereal sign <paramref name="sign"/>,
    /// in Gregorian year <paramref name="year"/>: <paramref name="kind"/> 0 is the eve of its full moon (Purnima),
    /// 1 its closing new moon (Amavasya), 2 its opening new moon. Dated in India Standard Time.
    /// </summary>
    public static IEnumerable<DateOnly> HinduDates(int year, int sign, int kind)
    {
        var first = (int)Math.Floor((year - 2000) * 12.3685) - 2;
        for (var k = first; k < first + 16; k++)
        {
            var newMoon = Phase(k);
            if (SiderealSign(newMoon) != sign)
            {
                continue;
            }

            var date = kind switch
            {
                0 => IndiaDate(Phase(k + 0.5)).AddDays(-1),
                1 => IndiaDate(Phase(k + 1)),
                _ => IndiaDate(newMoon),
            };
            if (date.Year == year)
            {
                yield return date;
            }
        }
    }
}
