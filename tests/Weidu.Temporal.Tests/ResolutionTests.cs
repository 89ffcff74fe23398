using static Weidu.Temporal.Tests.Extract;

namespace Weidu.Temporal.Tests;

public sealed class ResolutionTests
{
    [Fact]
    public void Month_day_in_a_speech_reviewing_last_year_takes_the_year_the_text_named()
    {
        var mentions = All("2018年，我们狠抓落实。5月31日，全区召开动员大会。", 2019, 1, 20);
        var day = mentions.Single(m => m.Text == "5月31日");
        Day(day, D(2018, 5, 31));
        Assert.Equal("XXXX-05-31", day.Value);
        Assert.Equal(AnchorSource.Text, day.Anchor);
    }

    [Fact]
    public void Month_day_with_a_past_cue_looks_back_from_the_document_date()
    {
        var mention = All("5月31日已经完成验收。", 2019, 1, 20).Single();
        Day(mention, D(2018, 5, 31));
        Assert.Equal(AnchorSource.DocumentDate, mention.Anchor);
    }

    [Fact]
    public void Month_day_with_a_future_cue_looks_ahead()
    {
        var mention = All("力争3月10日前完成。", 2019, 11, 19).Single();
        Interval(mention, null, D(2020, 3, 10));
        Assert.Equal(TemporalModifier.Before, mention.Modifier);
    }

    [Fact]
    public void Spring_festival_in_a_november_speech_is_the_coming_one()
    {
        var mention = One("力争春节前绿化工作大头落地", 2019, 11, 19);
        Assert.Equal("春节前", mention.Text);
        Interval(mention, null, D(2020, 1, 25));
        Assert.Equal(TemporalModifier.Before, mention.Modifier);
    }

    [Theory]
    [InlineData("1月上旬", 1, 1, 1, 11, TemporalModifier.Start)]
    [InlineData("1月中旬", 1, 11, 1, 21, TemporalModifier.Mid)]
    [InlineData("2月下旬", 2, 21, 3, 1, TemporalModifier.End)]
    [InlineData("9月中下旬", 9, 11, 10, 1, TemporalModifier.End)]
    [InlineData("10月上中旬", 10, 1, 10, 21, TemporalModifier.Start)]
    [InlineData("8月初", 8, 1, 8, 6, TemporalModifier.Start)]
    [InlineData("10月底", 10, 25, 11, 1, TemporalModifier.End)]
    [InlineData("10月末", 10, 25, 11, 1, TemporalModifier.End)]
    public void Parts_of_a_month(string text, int startMonth, int startDay, int endMonth, int endDay, TemporalModifier modifier)
    {
        var mention = One(text, 2019, 1, 20);
        Interval(mention, D(2019, startMonth, startDay), D(2019, endMonth, endDay));
        Assert.Equal(modifier, mention.Modifier);
    }

    [Theory]
    [InlineData("1月下旬前", null, "2019-02-01", TemporalModifier.Before)]
    [InlineData("6月底前", null, "2019-07-01", TemporalModifier.Before)]
    [InlineData("5月后", "2019-06-01", null, TemporalModifier.After)]
    [InlineData("2018年以来", "2018-01-01", "2019-01-21", TemporalModifier.After)]
    [InlineData("2018年之前", null, "2018-01-01", TemporalModifier.Before)]
    [InlineData("2020年以后", "2021-01-01", null, TemporalModifier.After)]
    public void Before_after_and_since(string text, string? start, string? end, TemporalModifier modifier)
    {
        var mention = One(text, 2019, 1, 20);
        Interval(mention, start is null ? null : DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), end is null ? null : DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(modifier, mention.Modifier);
        Assert.Equal(TemporalKind.Interval, mention.Kind);
    }

    [Theory]
    [InlineData("今年", "2019-01-01", "2020-01-01")]
    [InlineData("去年", "2018-01-01", "2019-01-01")]
    [InlineData("明年", "2020-01-01", "2021-01-01")]
    [InlineData("前年", "2017-01-01", "2018-01-01")]
    [InlineData("全年", "2019-01-01", "2020-01-01")]
    [InlineData("年初", "2019-01-01", "2019-03-01")]
    [InlineData("年底", "2019-11-01", "2020-01-01")]
    [InlineData("年终岁尾", "2019-11-01", "2020-01-01")]
    [InlineData("上半年", "2019-01-01", "2019-07-01")]
    [InlineData("下半年", "2019-07-01", "2020-01-01")]
    [InlineData("一季度", "2019-01-01", "2019-04-01")]
    [InlineData("首季", "2019-01-01", "2019-04-01")]
    [InlineData("前三季度", "2019-01-01", "2019-10-01")]
    [InlineData("今年前五个月", "2019-01-01", "2019-06-01")]
    [InlineData("今天", "2019-01-20", "2019-01-21")]
    [InlineData("昨天", "2019-01-19", "2019-01-20")]
    [InlineData("明天", "2019-01-21", "2019-01-22")]
    [InlineData("本月", "2019-01-01", "2019-02-01")]
    [InlineData("上月", "2018-12-01", "2019-01-01")]
    [InlineData("下周一", "2019-01-21", "2019-01-22")]
    [InlineData("近日", "2019-01-10", "2019-01-21")]
    [InlineData("日前", "2019-01-10", "2019-01-21")]
    [InlineData("近期", "2018-12-21", "2019-02-20")]
    [InlineData("上世纪80年代", "1980-01-01", "1990-01-01")]
    [InlineData("今明两年", "2019-01-01", "2021-01-01")]
    public void Relative_to_the_document_date(string text, string start, string end)
    {
        var mention = One(text, 2019, 1, 20);
        Interval(mention, DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(AnchorSource.DocumentDate, mention.Anchor);
    }

    [Fact]
    public void Relative_years_set_the_focus_for_what_follows()
    {
        var mentions = All("去年3月，去年12月。", 2019, 1, 20);
        Assert.Equal(["2018-03", "2018-12"], mentions.Select(m => m.Value));
    }

    [Fact]
    public void Anaphora_refer_to_the_date_the_text_named_last()
    {
        var mentions = All("2018年2月26日，区委召开会议。是日，区长讲话。次日，代表讨论。当月，全区部署。次月，全面铺开。次年，全面完成。", 2019, 1, 20);
        Assert.Equal(["2018-02-26", "2018-02-26", "2018-02-27", "2018-02", "2018-03", "2019"], mentions.Select(m => m.Value));
        Assert.All(mentions.Skip(1), m => Assert.Equal(AnchorSource.Text, m.Anchor));
    }

    [Theory]
    [InlineData("是日", 0)]
    [InlineData("当日", 0)]
    [InlineData("同日", 0)]
    [InlineData("次日", 1)]
    [InlineData("翌日", 1)]
    public void Day_anaphora_take_the_previous_entry_when_the_text_names_no_date(string text, int offset)
    {
        var context = TemporalContext.ForChronicle(2019, 3, new DateOnly(2019, 3, 14));
        var mention = One(text, context);
        Day(mention, D(2019, 3, 14 + offset));
        Assert.Equal(AnchorSource.PreviousEntry, mention.Anchor);
    }

    [Theory]
    [InlineData("是月", "2019-03")]
    [InlineData("当月", "2019-03")]
    [InlineData("次月", "2019-04")]
    [InlineData("当年", "2019")]
    [InlineData("次年", "2020")]
    public void Month_and_year_anaphora_in_a_chronicle(string text, string value)
    {
        var context = TemporalContext.ForChronicle(2019, 3, new DateOnly(2019, 3, 14));
        Assert.Equal(value, One(text, context).Value);
    }

    [Fact]
    public void Lunar_date_in_a_speech_dated_on_it()
    {
        var mentions = All("同志们，今天是农历腊月二十七，春节马上就要到了。", 2019, 2, 1);
        Assert.Equal(["今天", "农历腊月二十七", "春节"], mentions.Select(m => m.Text));
        var mention = mentions[1];
        Day(mention, D(2019, 2, 1));
        Assert.Equal(new LunarDate(2018, 12, false, 27), mention.Lunar);
    }

    [Theory]
    [InlineData("2019年正月初一", 2019, 2, 5, 1, 1, false)]
    [InlineData("2019年农历八月十五", 2019, 9, 13, 8, 15, false)]
    [InlineData("2020年闰四月初一", 2020, 5, 23, 4, 1, true)]
    [InlineData("2012年农历正月十五", 2012, 2, 6, 1, 15, false)]
    [InlineData("2033年农历闰冬月十八", 2034, 1, 8, 11, 18, true)]
    [InlineData("2033年闰十一月十八", 2034, 1, 8, 11, 18, true)]
    [InlineData("2033年冬月十八", 2033, 12, 9, 11, 18, false)]
    public void Lunar_dates_with_years_and_leap_months(string text, int year, int month, int day, int lunarMonth, int lunarDay, bool leap)
    {
        var mention = One(text);
        Day(mention, D(year, month, day));
        Assert.Equal(new LunarDate(int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture), lunarMonth, leap, lunarDay), mention.Lunar);
    }

    [Fact]
    public void A_leap_month_the_year_does_not_have_is_no_date()
    {
        Assert.Empty(All("2019年闰四月初一", 2019, 1, 20));
    }

    [Theory]
    [InlineData("2019年春节", 2019, 2, 5)]
    [InlineData("2019年除夕", 2020, 1, 24)]
    [InlineData("2019年元宵", 2019, 2, 19)]
    [InlineData("2019年端午", 2019, 6, 7)]
    [InlineData("2019年七夕", 2019, 8, 7)]
    [InlineData("2019年中秋", 2019, 9, 13)]
    [InlineData("2019年重阳", 2019, 10, 7)]
    [InlineData("2019年腊八", 2020, 1, 2)]
    [InlineData("2019年小年", 2020, 1, 17)]
    [InlineData("2019年元旦", 2019, 1, 1)]
    [InlineData("2019年五一", 2019, 5, 1)]
    [InlineData("2019年七一", 2019, 7, 1)]
    [InlineData("2019年八一", 2019, 8, 1)]
    [InlineData("2019年国庆", 2019, 10, 1)]
    [InlineData("2019年教师节", 2019, 9, 10)]
    [InlineData("2019年母亲节", 2019, 5, 12)]
    [InlineData("2019年清明", 2019, 4, 5)]
    [InlineData("2019年复活节", 2019, 4, 21)]
    public void Festivals(string text, int year, int month, int day) => Day(One(text), D(year, month, day));

    [Theory]
    [InlineData(2019, "立春", 2, 4)]
    [InlineData(2019, "冬至", 12, 22)]
    [InlineData(2020, "小寒", 1, 6)]
    [InlineData(2021, "小寒", 1, 5)]
    [InlineData(2021, "立春", 2, 3)]
    [InlineData(2022, "立春", 2, 4)]
    [InlineData(2024, "冬至", 12, 21)]
    [InlineData(2018, "立秋", 8, 7)]
    [InlineData(2021, "芒种", 6, 5)]
    [InlineData(2017, "大寒", 1, 20)]
    public void Solar_terms_in_china_standard_time(int year, string name, int month, int day) =>
        Day(One($"{year}年{name}"), D(year, month, day));

    [Theory]
    [InlineData("2018年2月26日至28日", "2018-02-26", "2018-03-01")]
    [InlineData("1~10月份", "2019-01-01", "2019-11-01")]
    [InlineData("今年1—10月", "2019-01-01", "2019-11-01")]
    [InlineData("一至三季度", "2019-01-01", "2019-10-01")]
    [InlineData("2日至3日", "2019-01-02", "2019-01-04")]
    [InlineData("1999.08-2002.02", "1999-08-01", "2002-03-01")]
    [InlineData("2017年8月15日至2018年3月29日", "2017-08-15", "2018-03-30")]
    [InlineData("9月29日至10月10日", "2019-09-29", "2019-10-11")]
    public void Ranges(string text, string start, string end)
    {
        var mention = One(text);
        Assert.Equal(TemporalKind.Interval, mention.Kind);
        Interval(mention, DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("40天", "P40D", TemporalModifier.None)]
    [InlineData("建成后3年内", "P3Y", TemporalModifier.None)]
    [InlineData("40多天", "P40D", TemporalModifier.Approx)]
    [InlineData("两年半", "P2Y6M", TemporalModifier.None)]
    [InlineData("四年六个月", "P4Y6M", TemporalModifier.None)]
    [InlineData("15分钟", "PT15M", TemporalModifier.None)]
    public void Durations_have_an_iso_value_and_no_interval(string text, string value, TemporalModifier modifier)
    {
        var mention = All(text, 2019, 1, 20).Single(m => m.Kind == TemporalKind.Duration);
        Assert.Equal(TemporalKind.Duration, mention.Kind);
        Assert.Equal(value, mention.Value);
        Assert.Equal(modifier, mention.Modifier);
        Assert.Null(mention.Interval);
    }

    [Theory]
    [InlineData("每年", "P1Y", TemporalGrain.Year)]
    [InlineData("每季度", "P3M", TemporalGrain.Quarter)]
    [InlineData("每个月", "P1M", TemporalGrain.Month)]
    [InlineData("每天", "P1D", TemporalGrain.Day)]
    public void Sets_have_a_period_and_no_interval(string text, string value, TemporalGrain grain)
    {
        var mention = One(text);
        Assert.Equal(TemporalKind.Set, mention.Kind);
        Assert.Equal(value, mention.Value);
        Assert.Equal(grain, mention.Grain);
        Assert.Null(mention.Interval);
    }

    [Theory]
    [InlineData("三天前", "2019-01-17", "2019-01-18")]
    [InlineData("3年后", "2022-01-01", "2023-01-01")]
    [InlineData("上两周", "2018-12-31", "2019-01-14")]
    [InlineData("下三个月", "2019-02-01", "2019-05-01")]
    public void Amounts_placed_from_the_anchor(string text, string start, string end) =>
        Interval(One(text), DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("上午9时30分", 9, 30, TemporalGrain.Minute)]
    [InlineData("下午三点", 15, 0, TemporalGrain.Hour)]
    [InlineData("晚上8点", 20, 0, TemporalGrain.Hour)]
    [InlineData("15:30", 15, 30, TemporalGrain.Minute)]
    [InlineData("下午3点半", 15, 30, TemporalGrain.Minute)]
    public void Clock_times(string text, int hour, int minute, TemporalGrain grain)
    {
        var mention = One(text);
        Assert.Equal(TemporalKind.Time, mention.Kind);
        Assert.Equal(grain, mention.Grain);
        Assert.Equal(D(2019, 1, 20, hour, minute), mention.Interval!.Value.Start);
    }

    [Theory]
    [InlineData("“十三五”", 2016, 2021)]
    [InlineData("十四五规划", 2021, 2026)]
    [InlineData("“十五”时期", 2001, 2006)]
    public void Five_year_plans(string text, int first, int end)
    {
        var mention = All(text, 2019, 1, 20).Single();
        Interval(mention, D(first, 1, 1), D(end, 1, 1));
        Assert.Equal($"{first}/{end - 1}", mention.Value);
    }

    [Fact]
    public void Anniversaries_only_when_asked_for()
    {
        const string text = "庆祝改革开放40周年";
        Assert.Empty(All(text, 2019, 1, 20));
        var context = TemporalContext.ForDocument(new DateOnly(2019, 1, 20)) with { ResolveAnniversaries = true };
        var mention = One(text, context);
        Assert.Equal("改革开放40周年", mention.Text);
        Assert.Equal("2018", mention.Value);
    }

    [Fact]
    public void Bias_places_a_bare_weekday_and_date()
    {
        var future = new TemporalContext(D(2021, 9, 1, 15, 15)) { Bias = TemporalBias.Future };
        Day(One("周一", future), D(2021, 9, 6));
        Day(One("3月8号", future), D(2022, 3, 8));
        var now = new TemporalContext(D(2021, 6, 14, 1, 6));
        Day(One("星期天", now), D(2021, 6, 20));
    }

    private static readonly TemporalContext Instant = new(new DateTime(2021, 6, 14, 1, 6, 40));

    [Theory]
    [InlineData("60日内", "P60D", "2021-08-14")]
    [InlineData("17天内", "P17D", "2021-07-02")]
    [InlineData("15个工作日内", "P15D", "2021-07-06")]
    [InlineData("3个月内", "P3M", "2021-09-15")]
    [InlineData("3年内", "P3Y", "2024-06-15")]
    public void Within_n_units_is_a_deadline_from_the_anchor_that_keeps_its_duration(string text, string value, string end)
    {
        var mention = One(text, Instant);
        Assert.Equal(TemporalKind.Interval, mention.Kind);
        Assert.Equal(value, mention.Value);
        Interval(mention, Instant.Anchor, DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Within_from_a_document_date_starts_on_that_day()
    {
        var mention = One("力争3年内完成", 2019, 1, 20);
        Assert.Equal("3年内", mention.Text);
        Interval(mention, D(2019, 1, 20), D(2022, 1, 21));
        Interval(One("17天内", 2019, 2, 18), D(2019, 2, 18), D(2019, 3, 8));
    }

    [Theory]
    [InlineData("自受理之日起20个工作日内办结", "20个工作日内")]
    [InlineData("收到通知后10日内", "10日内")]
    [InlineData("一个多月内", "一个多月内")]
    [InlineData("任期届满30日内", "30日内")]
    public void Within_counted_from_an_event_or_vague_is_only_an_amount(string text, string found)
    {
        var mention = All(text, Instant).Single(m => m.Kind == TemporalKind.Duration);
        Assert.Equal(found, mention.Text);
        Assert.Null(mention.Interval);
    }

    [Fact]
    public void Guo_liang_tian_is_from_that_day_on()
    {
        var mention = One("过两天", Instant);
        Interval(mention, D(2021, 6, 16), null);
        Assert.Equal(TemporalModifier.After, mention.Modifier);
    }

    [Fact]
    public void First_days_of_a_month()
    {
        var mention = One("4月前4天", Instant);
        Assert.Equal(TemporalKind.Interval, mention.Kind);
        Interval(mention, D(2021, 4, 1), D(2021, 4, 5));
        Interval(One("4月前", Instant), null, D(2021, 4, 1));
    }

    [Fact]
    public void Consecutive_listed_days_are_the_span_they_cover()
    {
        var mention = One("9月10号，11号，12号，13号", Instant);
        Interval(mention, D(2021, 9, 10), D(2021, 9, 14));
        Assert.Equal("XXXX-09-10/XXXX-09-13", mention.Value);

        var gap = All("9月10号、12号", Instant);
        Assert.Equal(["9月10号", "12号"], gap.Select(m => m.Text));
        Day(gap[0], D(2021, 9, 10));
    }

    [Fact]
    public void A_two_digit_year_standing_alone_is_a_year_after_a_verb_an_amount()
    {
        var year = One("24年", Instant);
        Assert.Equal(TemporalGrain.Year, year.Grain);
        Interval(year, D(2024, 1, 1), D(2025, 1, 1));
        Assert.Equal("2019", One("19年，我们完成了任务", Instant).Value);

        var amount = One("坚持24年", Instant);
        Assert.Equal(TemporalKind.Duration, amount.Kind);
        Assert.Equal("P24Y", amount.Value);
    }

    [Fact]
    public void Chinese_month_day_without_a_marker_can_be_read_as_gregorian()
    {
        Day(One("四月十三", Instant), D(2021, 5, 24));
        Day(One("四月十三", Instant with { ReadChineseMonthDayAsLunar = false }), D(2021, 4, 13));

        var extractor = TemporalExtractor.Create(o => o.ReadChineseMonthDayAsLunar = false);
        Assert.False(extractor.CreateContext().ReadChineseMonthDayAsLunar);
        Assert.True(new TemporalExtractor().CreateContext().ReadChineseMonthDayAsLunar);
    }

    [Fact]
    public void Twenty_four_hundred_closing_a_range_is_the_end_of_that_day()
    {
        var mention = One("12月9日零时至12月16日24时", new TemporalContext(new DateTime(2021, 1, 1)));
        Interval(mention, D(2021, 12, 9), D(2021, 12, 17));
    }

    [Fact]
    public void A_lunar_date_after_a_full_date_takes_that_dates_lunar_year()
    {
        var mentions = new TemporalExtractor().Extract("2019年1月20日召开会议，农历腊月二十七走访慰问。", TemporalContext.ForDocument(new DateOnly(2019, 1, 20)));
        var lunar = Assert.Single(mentions, m => m.Text == "农历腊月二十七");
        Assert.Equal("2019-02-01", lunar.Value);
    }
}
