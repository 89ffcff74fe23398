namespace Weidu.Temporal.Tests;

public sealed class ChronicleDatesTests
{
    private static readonly DateOnly Previous = new(2019, 1, 22);

    private static TemporalMention Resolve(string marker, DateOnly? previous = null)
    {
        Assert.True(ChronicleDates.TryResolveEntry(marker, 2019, 1, previous ?? Previous, out var date));
        return date;
    }

    [Fact]
    public void Day_marker_is_a_day_of_the_chronicle_month()
    {
        var date = Resolve("13日");
        Extract.Day(date, Extract.D(2019, 1, 13));
        Assert.Equal("2019-01-13", date.Value);
    }

    [Fact]
    public void Shi_ri_is_the_previous_entry_date()
    {
        var date = Resolve("是日");
        Extract.Day(date, Extract.D(2019, 1, 22));
        Assert.Equal(AnchorSource.PreviousEntry, date.Anchor);
    }

    [Fact]
    public void Shi_yue_is_the_chronicle_month_even_for_its_first_entry()
    {
        var date = Resolve("是月", new DateOnly(2018, 12, 28));
        Extract.Interval(date, Extract.D(2019, 1, 1), Extract.D(2019, 2, 1));
    }

    [Fact]
    public void Ri_qian_is_the_month_up_to_the_previous_entry()
    {
        var date = Resolve("日前");
        Extract.Interval(date, Extract.D(2019, 1, 1), Extract.D(2019, 1, 23));
        Assert.Equal(TemporalModifier.Before, date.Modifier);
    }

    [Fact]
    public void Mid_month_and_ranges()
    {
        Extract.Interval(Resolve("月中旬"), Extract.D(2019, 1, 11), Extract.D(2019, 1, 21));
        Extract.Interval(Resolve("2日至3日"), Extract.D(2019, 1, 2), Extract.D(2019, 1, 4));
    }

    [Fact]
    public void The_year_comes_from_the_caller()
    {
        Assert.True(ChronicleDates.TryResolveEntry("5日", 2020, 3, null, out var date));
        Extract.Day(date, Extract.D(2020, 3, 5));
    }

    [Fact]
    public void A_marker_that_is_no_date_is_a_diagnostic()
    {
        var diagnostics = new Weidu.Core.DiagnosticBag();
        Assert.False(ChronicleDates.TryResolveEntry("会议", 2019, 1, null, out _, diagnostics));
        Assert.Equal("WD3002", Assert.Single(diagnostics.ToArray()).Id);
    }
}

public sealed class DateLineTests
{
    [Theory]
    [InlineData("(2019年1月20日)", 2019, 1, 20)]
    [InlineData("——在区委全会上的讲话（二〇一九年十一月十九日）", 2019, 11, 19)]
    public void A_document_date_line_gives_the_anchor(string line, int year, int month, int day)
    {
        Assert.True(TemporalContext.TryFromDateLine(line, out var context));
        Assert.Equal(TemporalContext.ForDocument(new DateOnly(year, month, day)), context);
    }

    [Theory]
    [InlineData("张书杰")]
    [InlineData("（2019年1月）")]
    [InlineData("今天")]
    public void A_line_without_a_full_date_gives_none(string line) => Assert.False(TemporalContext.TryFromDateLine(line, out _));
}
