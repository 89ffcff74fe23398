using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Temporal.Tests;

public sealed class Properties
{
    private static readonly TemporalExtractor Extractor = new();
    private static readonly ChineseLunisolarCalendar Lunar = new();
    private static readonly string[] Digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    private static readonly string[] LunarMonths = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"];

    private static Gen<DateOnly> Dates { get; } =
        Gen.Choose(0, (new DateOnly(2100, 12, 31).DayNumber - new DateOnly(1902, 3, 1).DayNumber))
            .Select(offset => new DateOnly(1902, 3, 1).AddDays(offset));

    private static string Chinese(int n) => n switch
    {
        < 10 => Digits[n],
        10 => "十",
        < 20 => "十" + Digits[n % 10],
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10]),
    };

    private static string LunarDay(int day) => day switch
    {
        <= 10 => "初" + Chinese(day),
        20 => "二十",
        30 => "三十",
        > 20 and < 30 => "廿" + Digits[day - 20],
        _ => Chinese(day),
    };

    private static string YearDigits(int year, string zero) => string.Concat(year.ToString(CultureInfo.InvariantCulture).Select(c => c == '0' ? zero : Digits[c - '0']));

    private static bool ExtractsDay(string text, DateOnly expected)
    {
        var mentions = Extractor.Extract(text, new TemporalContext(new DateTime(2000, 6, 15)));
        return mentions.Count == 1 && mentions[0].Text == text && mentions[0].Interval is { } interval &&
            interval.Start == expected.ToDateTime(TimeOnly.MinValue) && interval.End == expected.AddDays(1).ToDateTime(TimeOnly.MinValue);
    }

    [Property(MaxTest = 200)]
    public Property A_date_rendered_in_any_style_extracts_back() =>
        Prop.ForAll(Dates.ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (date, style) =>
        {
            var text = style switch
            {
                0 => $"{date.Year}年{date.Month}月{date.Day}日",
                1 => $"{YearDigits(date.Year, "〇")}年{Chinese(date.Month)}月{Chinese(date.Day)}日",
                2 => $"{YearDigits(date.Year, "○")}年{Chinese(date.Month)}月{Chinese(date.Day)}号",
                3 => $"{date.Year}-{date.Month:D2}-{date.Day:D2}",
                _ => $"{date.Year}.{date.Month}.{date.Day}",
            };
            return ExtractsDay(text, date).Label(text);
        });

    [Property(MaxTest = 200)]
    public Property A_lunar_date_rendered_with_or_without_nongli_extracts_back() =>
        Prop.ForAll(Dates.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (date, nongli) =>
        {
            var time = date.ToDateTime(TimeOnly.MinValue);
            var year = Lunar.GetYear(time);
            var index = Lunar.GetMonth(time);
            var leapIndex = Lunar.GetLeapMonth(year);
            var leap = leapIndex != 0 && index == leapIndex;
            var month = leapIndex != 0 && index >= leapIndex ? index - 1 : index;
            var text = $"{year}年{(nongli ? "农历" : "")}{(leap ? "闰" : "")}{LunarMonths[month - 1]}月{LunarDay(Lunar.GetDayOfMonth(time))}";
            return ExtractsDay(text, date).Label(text);
        });

    [Property(MaxTest = 100)]
    public Property A_festival_named_on_its_day_extracts_back() =>
        Prop.ForAll(Gen.Choose(1902, 2099).ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), (year, which) =>
        {
            var (name, date) = which switch
            {
                0 => ("春节", DateOnly.FromDateTime(Lunar.ToDateTime(year, 1, 1, 0, 0, 0, 0))),
                1 => ("中秋节", LunarDate(year, 8, 15)),
                2 => ("端午节", LunarDate(year, 5, 5)),
                3 => ("元宵节", DateOnly.FromDateTime(Lunar.ToDateTime(year, 1, 15, 0, 0, 0, 0))),
                4 => ("国庆节", new DateOnly(year, 10, 1)),
                5 => ("除夕", DateOnly.FromDateTime(Lunar.ToDateTime(year + 1, 1, 1, 0, 0, 0, 0)).AddDays(-1)),
                _ => ("元旦", new DateOnly(year, 1, 1)),
            };
            return ExtractsDay($"{year}年{name}", date).Label($"{year}年{name}");
        });

    private static DateOnly LunarDate(int year, int month, int day)
    {
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    [Property(MaxTest = 300)]
    public Property Lunar_to_solar_to_lunar_round_trips() =>
        Prop.ForAll(Dates.ToArbitrary(), date =>
            LunarCalendar.TryFromSolar(date, out var lunar) &&
            LunarCalendar.TryToSolar(lunar.Year, lunar.Month, lunar.IsLeapMonth, lunar.Day, out var back) &&
            back == date &&
            LunarCalendar.TryFromSolar(back, out var again) && again == lunar);

    private static readonly string[] Pieces =
    [
        "2019", "年", "月", "日", "号", "至", "-", "~", ".", "/", ":", "一", "二", "十", "廿", "三十", "〇", "零", "初",
        "农历", "闰", "腊月", "正月", "春节", "除夕", "是日", "次日", "上旬", "底", "前", "后", "以来", "起", "今年", "去年",
        "季度", "第", "周", "星期", "点", "时", "分", "半", "天", "多", "个", "“", "”", "十三五", "0", "9", "31", "99999999",
        "12", "60", "世纪", "年代", "下午", "晚上", "，", "。", " ", "\n", "😀", "\uD800", "a", "pm",
    ];

    [Property(MaxTest = 500)]
    public Property No_input_makes_the_extractor_throw() =>
        Prop.ForAll(Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p)).ToArbitrary(), Gen.Choose(1, 9998).ToArbitrary(), (text, year) =>
        {
            var context = new TemporalContext(new DateTime(year, 6, 15)) { PreviousEntryDate = new DateOnly(year, 6, 1), ResolveAnniversaries = true };
            var mentions = Extractor.Extract(text, context);
            return mentions.All(m => m.Span.Start >= 0 && m.Span.End <= text.Length && text.Substring(m.Span.Start, m.Span.Length) == m.Text);
        });

    [Fact]
    public void Solar_terms_follow_each_other_every_fourteen_to_seventeen_days_from_1901_to_2100()
    {
        var previous = SolarTerms.Date(1901, 0);
        for (var year = 1901; year <= 2100; year++)
        {
            for (var term = year == 1901 ? 1 : 0; term < 24; term++)
            {
                var date = SolarTerms.Date(year, term);
                Assert.InRange(date.DayNumber - previous.DayNumber, 14, 17);
                previous = date;
            }
        }
    }

    [Property(MaxTest = 300)]
    public Property A_solar_term_s_date_does_not_depend_on_the_terms_asked_for_before_it() =>
        Prop.ForAll(Gen.Choose(1900, 2100).Zip(Gen.Choose(0, 23)).ListOf().ToArbitrary(), asked =>
        {
            // The dates computed last are kept in a table shared by every year and term: asking in any order, with
            // repeats and with keys that share a slot, must give each term the date computed from scratch.
            foreach (var (year, term) in asked)
            {
                if (SolarTerms.Date(year, term) != DateOnly.FromDateTime(SolarTerms.Instant(year, term).AddHours(8)))
                {
                    return false;
                }
            }

            return true;
        });
}
