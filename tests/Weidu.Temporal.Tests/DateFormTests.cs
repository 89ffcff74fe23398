using static Weidu.Temporal.Tests.Extract;

namespace Weidu.Temporal.Tests;

public sealed class DateFormTests
{
    [Theory]
    [InlineData("2019年1月20日", 2019, 1, 20)]
    [InlineData("2019年元月15日", 2019, 1, 15)]
    [InlineData("二〇一九年十二月三十日", 2019, 12, 30)]
    [InlineData("二○一九年十二月三十日", 2019, 12, 30)]
    [InlineData("二零一五年三月三號", 2015, 3, 3)]
    [InlineData("2019.9.6", 2019, 9, 6)]
    [InlineData("2019-09-06", 2019, 9, 6)]
    [InlineData("2019/9/6", 2019, 9, 6)]
    [InlineData("20240307", 2024, 3, 7)]
    [InlineData("2019年1 月 25 日", 2019, 1, 25)]
    [InlineData("2015年3月三号", 2015, 3, 3)]
    public void Full_dates_in_every_numeral_style(string text, int year, int month, int day)
    {
        var mention = One(text);
        Day(mention, D(year, month, day));
        Assert.Equal(text, mention.Text);
        Assert.Equal(TemporalKind.Date, mention.Kind);
        Assert.Equal(AnchorSource.Text, mention.Anchor);
        Assert.Equal($"{year:D4}-{month:D2}-{day:D2}", mention.Value);
    }

    [Fact]
    public void Two_digit_years_are_read_around_the_anchor()
    {
        var mention = One("03年2月28日", 2021, 5, 6);
        Day(mention, D(2003, 2, 28));
        Assert.Equal(AnchorSource.DocumentDate, mention.Anchor);
        Day(One("98年4月1日", 2021, 5, 6), D(1998, 4, 1));
    }

    [Fact]
    public void Spaced_OCR_forms_keep_their_exact_span()
    {
        const string text = "会议于 1 月 25 日召开。";
        var mention = One(text);
        Assert.Equal(text.IndexOf('1', StringComparison.Ordinal), mention.Span.Start);
        Assert.Equal("1 月 25 日", mention.Text);
        Day(mention, D(2019, 1, 25));
        Assert.Equal("XXXX-01-25", mention.Value);
    }

    [Theory]
    [InlineData("二○一九年", "2019")]
    [InlineData("2019年", "2019")]
    [InlineData("2019年3月", "2019-03")]
    [InlineData("2019年一季度", "2019-Q1")]
    [InlineData("2019年上半年", "2019-H1")]
    [InlineData("2019年春", "2019-SP")]
    [InlineData("1999.08", "1999-08")]
    public void Coarser_values_keep_their_precision(string text, string value) => Assert.Equal(value, One(text).Value);

    [Fact]
    public void Spans_are_utf16_offsets_into_the_original_text()
    {
        const string text = "𠀀𠀀于2019年1月20日";
        var mention = One(text);
        Assert.Equal(5, mention.Span.Start);
        Assert.Equal(text.Length, mention.Span.End);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_a_diagnostic_not_a_mention()
    {
        var diagnostics = new Weidu.Core.DiagnosticBag();
        var mentions = new TemporalExtractor().Extract("2019年2月30日", TemporalContext.ForDocument(new DateOnly(2019, 1, 20)), diagnostics);
        Assert.Empty(mentions);
        var diagnostic = Assert.Single(diagnostics.ToArray());
        Assert.Equal("WD3001", diagnostic.Id);
        Assert.Equal(0, diagnostic.Span.Start);
    }
}
