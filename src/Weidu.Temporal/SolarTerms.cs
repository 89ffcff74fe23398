namespace Weidu.Temporal;

/// <summary>
/// The 24 solar terms (节气), computed from the Sun's apparent ecliptic longitude (VSOP87, as in Meeus,
/// <i>Astronomical Algorithms</i>, ch. 25) and ΔT, and dated in China
/// Standard Time (UTC+8), so that 2019 立春 is 4 February and 2019 冬至 is 22 December.
/// </summary>
internal static class SolarTerms
{
    /// <summary>The terms in calendar order from 小寒 (285°) to 冬至 (270°).</summary>
    public static readonly string[] Names =
    [
        "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
        "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至",
    ];

    private const double J2000 = 2451545.0;

    /// <summary>
    /// The dates computed last, by year and term, in a small table where a later date takes an earlier one's slot:
    /// a season (春季) is resolved from two terms, each found by iterating the VSOP87 series, and a yearbook names the
    /// same few years' seasons over and over. Each slot holds an immutable entry, so readers on other threads see
    /// either the old entry or the new one.
    /// </summary>
    private static readonly DateEntry?[] RecentDates = new DateEntry?[64];

    /// <summary>The date, in China Standard Time, of term <paramref name="index"/> (0 = 小寒) in Gregorian year <paramref name="year"/>.</summary>
    public static DateOnly Date(int year, int index)
    {
        var key = (year * Names.Length) + index;
        var slot = (int)((uint)key % (uint)RecentDates.Length);
        if (Volatile.Read(ref RecentDates[slot]) is { } entry && entry.Key == key)
        {
            return entry.Date;
        }

        var date = DateOnly.FromDateTime(Instant(year, index).AddHours(8));
        Volatile.Write(ref RecentDates[slot], new DateEntry(key, date));
        return date;
    }

    /// <summary>The UTC instant of term <paramref name="index"/> in Gregorian year <paramref name="year"/>.</summary>
    public static DateTime Instant(int year, int index) =>
        InstantOfLongitude((285.0 + (15.0 * index)) % 360.0, new DateTime(year, 1, 6, 0, 0, 0, DateTimeKind.Utc).AddDays(15.2184 * index));

    /// <summary>The UTC instant nearest <paramref name="guess"/> at which the Sun's apparent longitude is <paramref name="target"/> degrees.</summary>
    public static DateTime InstantOfLongitude(double target, DateTime guess)
    {
        var year = guess.Year;
        var jde = ToJulian(guess) + (DeltaTSeconds(year) / 86400.0);
        for (var iteration = 0; iteration < 8; iteration++)
        {
            var delta = target - ApparentLongitude(jde);
            delta -= 360.0 * Math.Round(delta / 360.0);
            jde += delta * 365.2422 / 360.0;
            if (Math.Abs(delta) < 1e-7)
            {
                break;
            }
        }

        var jd = jde - (DeltaTSeconds(year) / 86400.0);
        return FromJulian(jd);
    }

    /// <summary>
    /// The Sun's apparent geocentric longitude in degrees at Julian Ephemeris Day <paramref name="jde"/>:
    /// the Earth's heliocentric longitude from the VSOP87D series (terms down to about 0.1 arc-second),
    /// turned round, moved to FK5, with nutation in longitude and aberration. Good to about one
    /// arc-second, half a minute of time, for 1901–2100.
    /// </summary>
    public static double ApparentLongitude(double jde)
    {
        var tau = (jde - J2000) / 365250.0;
        var l = Series(L0, tau) + (Series(L1, tau) * tau) + (Series(L2, tau) * tau * tau)
            + (Series(L3, tau) * tau * tau * tau) + (Series(L4, tau) * tau * tau * tau * tau);
        var radius = Series(R0, tau) + (Series(R1, tau) * tau);
        var t = tau * 10.0;
        var omega = Radians(125.04452 - (1934.136261 * t));
        var sunMean = Radians(280.4665 + (36000.7698 * t));
        var moonMean = Radians(218.3165 + (481267.8813 * t));
        var nutation = (-17.20 * Math.Sin(omega)) - (1.32 * Math.Sin(2 * sunMean)) - (0.23 * Math.Sin(2 * moonMean)) + (0.21 * Math.Sin(2 * omega));
        var lambda = (l * 180.0 / Math.PI) + 180.0 + ((-0.09033 + nutation - (20.4898 / radius)) / 3600.0);
        lambda %= 360.0;
        return lambda < 0 ? lambda + 360.0 : lambda;
    }

    private static double Series(double[] terms, double tau)
    {
        var sum = 0.0;
        for (var i = 0; i < terms.Length; i += 3)
        {
            sum += terms[i] * Math.Cos(terms[i + 1] + (terms[i + 2] * tau));
        }

        return sum;
    }

    // VSOP87D, Earth, heliocentric ecliptic of date (Bretagnon and Francou 1988): amplitude (rad), phase (rad), frequency (rad per millennium).
    private static readonly double[] L0 =
    [
        1.75347045673, 0, 0,
        0.03341656456, 4.66925680417, 6283.0758499914,
        0.00034894275, 4.62610241759, 12566.1516999828,
        0.00003417571, 2.82886579606, 3.523118349,
        0.00003497056, 2.74411800971, 5753.3848848968,
        0.00003135896, 3.62767041758, 77713.7714681205,
        0.00002676218, 4.41808351397, 7860.4193924392,
        0.00002342687, 6.13516237631, 3930.2096962196,
        0.00001273166, 2.03709655772, 529.6909650946,
        0.00001324292, 0.74246356352, 11506.7697697936,
        0.00000901855, 2.04505443513, 26.2983197998,
        0.00001199167, 1.10962944315, 1577.3435424478,
        0.00000857223, 3.50849156957, 398.1490034082,
        0.00000779786, 1.17882652114, 5223.6939198022,
        0.00000990250, 5.23268129594, 5884.9268465832,
        0.00000753141, 2.53339053818, 5507.5532386674,
        0.00000505264, 4.58292563052, 18849.2275499742,
        0.00000492379, 4.20506639861, 775.522611324,
        0.00000356655, 2.91954116867, 0.0673103028,
        0.00000284125, 1.89869034186, 796.2980068164,
        0.00000242810, 0.34481140906, 5486.777843175,
        0.00000317087, 5.84901952218, 11790.6290886588,
        0.00000271039, 0.31488607649, 10977.078804699,
        0.00000206160, 4.80646606059, 2544.3144198834,
        0.00000205385, 1.86947813692, 5573.1428014331,
        0.00000202261, 2.45767795458, 6069.7767545534,
        0.00000126184, 1.08302630210, 20.7753954924,
        0.00000155516, 0.83306073807, 213.299095438,
        0.00000115132, 0.64544911683, 0.9803210682,
        0.00000102851, 0.63599846727, 4694.0029547076,
        0.00000101724, 4.26679821365, 7.1135470008,
        0.00000099206, 6.20992940258, 2146.1654164752,
        0.00000132212, 3.41118275555, 2942.4634232916,
        0.00000097607, 0.68101272270, 155.4203994342,
        0.00000085128, 1.29870743025, 6275.9623029906,
        0.00000074651, 1.75508916159, 5088.6288397668,
        0.00000101895, 0.97569221824, 15720.8387848784,
        0.00000084711, 3.67080093025, 71430.6956181291,
        0.00000073547, 4.67926565481, 801.8209311238,
        0.00000073874, 3.50319443167, 3154.6870848956,
        0.00000078756, 3.03698313141, 12036.4607348882,
        0.00000079637, 1.80791330700, 17260.1546546904,
        0.00000085803, 5.98322631256, 161000.6857376741,
        0.00000056963, 2.78430398043, 6286.5989683404,
        0.00000061148, 1.81839811024, 7084.8967811152,
        0.00000069627, 0.83297596966, 9437.762934887,
        0.00000056116, 4.38694880779, 14143.4952424306,
        0.00000062449, 3.97763880587, 8827.3902698748,
        0.00000051145, 0.28306864501, 5856.4776591154,
        0.00000055577, 3.47006009062, 6279.5527316424,
        0.00000041036, 5.36817351402, 8429.2412664666,
        0.00000051605, 1.33282746983, 1748.016413067,
        0.00000051992, 0.18914945834, 12139.5535091068,
        0.00000049000, 0.48735065033, 1194.4470102246,
        0.00000039200, 6.16832995016, 10447.3878396044,
        0.00000035566, 1.77597314691, 6812.766815086,
        0.00000036770, 6.04133859347, 10213.285546211,
        0.00000036596, 2.56955238628, 1059.3819301892,
        0.00000033291, 0.59309499459, 17789.845619785,
        0.00000035954, 1.70876111898, 2352.8661537718,
        0.00000040938, 2.39850881707, 19651.048481098,
        0.00000030047, 2.73975123935, 1349.8674096588,
        0.00000030412, 0.44294464135, 83996.8473181119,
    ];

    private static readonly double[] L1 =
    [
        6283.31966747491, 0, 0,
        0.00206058863, 2.67823455584, 6283.0758499914,
        0.00004303430, 2.63512650414, 12566.1516999828,
        0.00000425264, 1.59046980729, 3.523118349,
        0.00000108977, 2.96618001993, 1577.3435424478,
        0.00000093478, 2.59212835365, 18849.2275499742,
        0.00000119261, 5.79557487799, 26.2983197998,
        0.00000072122, 1.13846158196, 529.6909650946,
        0.00000067768, 1.87472304791, 398.1490034082,
        0.00000067327, 4.40918235168, 5507.5532386674,
        0.00000059027, 2.88797038460, 5223.6939198022,
        0.00000055976, 2.17471680261, 155.4203994342,
        0.00000045407, 0.39803079805, 796.2980068164,
        0.00000036369, 0.46624739835, 775.522611324,
    ];

    private static readonly double[] L2 =
    [
        0.00052918870, 0, 0,
        0.00008719837, 1.07209665242, 6283.0758499914,
        0.00000309125, 0.86728818832, 12566.1516999828,
        0.00000027339, 0.05297871691, 3.523118349,
        0.00000016334, 5.18826691036, 26.2983197998,
        0.00000015752, 3.68457889430, 155.4203994342,
    ];

    private static readonly double[] L3 =
    [
        0.00000289226, 5.84384198723, 6283.0758499914,
        0.00000034955, 0, 0,
        0.00000016819, 5.48766912348, 12566.1516999828,
    ];

    private static readonly double[] L4 =
    [
        0.00000114084, 3.14159265359, 0,
    ];

    private static readonly double[] R0 =
    [
        1.00013988799, 0, 0,
        0.01670699626, 3.09846350771, 6283.0758499914,
        0.00013956023, 3.05524609620, 12566.1516999828,
        0.00003083720, 5.19846674381, 77713.7714681205,
        0.00001628461, 1.17387749012, 5753.3848848968,
        0.00001575568, 2.84685245825, 7860.4193924392,
    ];

    private static readonly double[] R1 =
    [
        0.00103018608, 1.10748969588, 6283.0758499914,
        0.00001721238, 1.06442301418, 12566.1516999828,
    ];

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;

    private static double ToJulian(DateTime utc) => (utc - new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)).TotalDays + J2000;

    private static DateTime FromJulian(double jd) => new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc).AddDays(jd - J2000);

    /// <summary>ΔT = TT − UT in seconds (Espenak and Meeus polynomials).</summary>
    private static double DeltaTSeconds(int year)
    {
        double y = year + 0.5;
        double t;
        switch (y)
        {
            case < 1920:
                t = y - 1900;
                return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t) - (0.000197 * t * t * t * t);
            case < 1941:
                t = y - 1920;
                return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
            case < 1961:
                t = y - 1950;
                return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
            case < 1986:
                t = y - 1975;
                return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
            case < 2005:
                t = y - 2000;
                return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t) + (0.000651814 * t * t * t * t) + (0.00002373599 * t * t * t * t * t);
            case < 2050:
                t = y - 2000;
                return 62.92 + (0.32217 * t) + (0.005589 * t * t);
            default:
                var u = (y - 1820) / 100;
                return -20 + (32 * u * u) - (0.5628 * (2150 - y));
        }
    }

    /// <summary>A term's date with its key (year × 24 + term).</summary>
    private sealed record DateEntry(int Key, DateOnly Date);
}
