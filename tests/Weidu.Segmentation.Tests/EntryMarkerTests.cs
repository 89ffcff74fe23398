namespace Weidu.Segmentation.Tests;

/// <summary>Each chronicle marker form, on the yearbook line it comes from and on a small text of its own.</summary>
public sealed class EntryMarkerTests
{
    [Theory]
    [InlineData(604, "2日", EntryMarkerKind.Day, 1, 2, 2, null)]                  // 2日 魏都区召开… (plain)
    [InlineData(638, "24日", EntryMarkerKind.Day, 1, 24, 24, null)]               // **24日** 区委书记张书杰赴… (bold)
    [InlineData(606, "是日", EntryMarkerKind.SameDay, 1, null, null, null)]       // 是日 区委书记张书杰调研…
    [InlineData(636, "是日", EntryMarkerKind.SameDay, 1, null, null, null)]       // **是日** 区委书记张书杰参加…
    [InlineData(1286, "是月", EntryMarkerKind.SameMonth, 10, null, null, null)]   // **是月** 李朝锋一行随市代表团…
    [InlineData(736, "日前", EntryMarkerKind.Recent, 2, null, null, null)]        // **日前** 魏都区出台…
    [InlineData(750, "2日至3日", EntryMarkerKind.DayRange, 3, 2, 3, null)]        // **2日至3日** 区长李朝锋带队赴上海…
    [InlineData(962, "26~27日", EntryMarkerKind.DayRange, 5, 26, 27, null)]       // 26~27日 市政府副市长刘胜利…
    [InlineData(688, "是日深夜", EntryMarkerKind.SameDay, 2, null, null, "深夜")]  // **是日深夜** 区委书记张书杰对全区道路积雪…
    [InlineData(740, "2月中旬", EntryMarkerKind.MonthPart, 2, null, null, "中旬")] // **2月中旬** 中共魏都区委社区工作委员会…
    public void Yearbook_marker_forms(int line, string text, EntryMarkerKind kind, int month, int? first, int? last, string? qualifier)
    {
        var entry = Assert.Single(Yearbook.StartingOn<ChronicleEntry>(line));
        Assert.Equal(new EntryMarker(text, kind, kind == EntryMarkerKind.MonthPart ? month : null, first, last, qualifier), entry.Marker);
        Assert.Equal(month, entry.Month);
        Assert.Equal(text, entry.Heading);
        Assert.StartsWith(text + " ", entry.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void Bold_marker_that_starts_mid_line_starts_an_entry()
    {
        // Line 922: "…提出解决途径。**13日**，区长李朝锋调研北城区部分地块征迁工作。…"
        var entries = Yearbook.StartingOn<ChronicleEntry>(922);
        Assert.Equal(["11日", "13日"], entries.Select(e => e.Marker.Text));
        Assert.EndsWith("提出解决途径。", entries[0].CleanText, StringComparison.Ordinal);
        Assert.StartsWith("13日，区长李朝锋调研北城区", entries[1].CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_marker_that_starts_mid_line_starts_an_entry_even_for_the_same_day()
    {
        // Line 1026: "27日 区委书记张书杰到丁庄街道…谱写魏都发展新篇章。27日，区长李朝锋到老党员安香莲…"
        var entries = Yearbook.StartingOn<ChronicleEntry>(1026);
        Assert.Equal(["27日", "27日"], entries.Select(e => e.Marker.Text));
        Assert.StartsWith("27日，区长李朝锋到老党员安香莲", entries[1].CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_inside_an_entry_is_not_an_entry()
    {
        // Line 1238 ends "…展期为9月29日至10月10日。". After a sentence's end, a day that is not followed by a
        // comma (6日上午继续) or that prints its month (3月5日) is a mention too.
        var entry = Assert.Single(Yearbook.StartingOn<ChronicleEntry>(1238));
        Assert.EndsWith("展期为9月29日至10月10日。", entry.CleanText, StringComparison.Ordinal);
        var tree = Yearbook.Segment("# 大事记\n\n## 3 月\n\n5日 会议于3月5日召开。6日上午继续。是日 另一事。\n");
        var only = Assert.Single(tree.Documents[0].Months.Single().Entries);
        Assert.Equal("5日", only.Marker.Text);
    }

    [Fact]
    public void Mid_line_day_before_the_current_day_is_a_mention()
    {
        var tree = Yearbook.Segment("# 大事记\n\n## 3 月\n\n15日 会议回顾。12日，已完成部署。\n");
        Assert.Single(tree.Documents[0].Months.Single().Entries);
    }

    [Fact]
    public void Repeated_and_out_of_order_days_keep_the_printed_order()
    {
        // Lines 672 and 676 are both 3日 (February); lines 780 and 782 are both 19日 (March).
        Assert.Equal("3日", Assert.Single(Yearbook.StartingOn<ChronicleEntry>(672)).Marker.Text);
        Assert.Equal("3日", Assert.Single(Yearbook.StartingOn<ChronicleEntry>(676)).Marker.Text);
        var tree = Yearbook.Segment("# 2019年大事记\n\n## 4 月\n\n9日 甲。\n\n3日 乙。\n\n9日 丙。\n");
        Assert.Equal(["9日", "3日", "9日"], tree.Documents[0].Months.Single().Entries.Select(e => e.Marker.Text));
    }

    [Theory]
    [InlineData("2日 事。", "2日", EntryMarkerKind.Day)]
    [InlineData("**2日** 事。", "2日", EntryMarkerKind.Day)]
    [InlineData("**2日**事。", "2日", EntryMarkerKind.Day)]
    [InlineData("是日 事。", "是日", EntryMarkerKind.SameDay)]
    [InlineData("是日上午 事。", "是日上午", EntryMarkerKind.SameDay)]
    [InlineData("是月 事。", "是月", EntryMarkerKind.SameMonth)]
    [InlineData("日前 事。", "日前", EntryMarkerKind.Recent)]
    [InlineData("2日至3日 事。", "2日至3日", EntryMarkerKind.DayRange)]
    [InlineData("2至3日 事。", "2至3日", EntryMarkerKind.DayRange)]
    [InlineData("26~27日 事。", "26~27日", EntryMarkerKind.DayRange)]
    [InlineData("26—27日 事。", "26—27日", EntryMarkerKind.DayRange)]
    [InlineData("3月上旬 事。", "3月上旬", EntryMarkerKind.MonthPart)]
    [InlineData("3月5日 事。", "3月5日", EntryMarkerKind.Day)]
    [InlineData("2 日 事。", "2日", EntryMarkerKind.Day)]
    public void Marker_forms(string line, string text, EntryMarkerKind kind)
    {
        var length = MarkerParser.TryParse(line, midLine: false, out var marker);
        Assert.True(length > 0);
        Assert.Equal(text, marker!.Text);
        Assert.Equal(kind, marker.Kind);
    }

    [Theory]
    [InlineData("2日魏都区召开")]      // not bold and not separated: a sentence, not a marker
    [InlineData("32日 事。")]
    [InlineData("13月上旬 事。")]
    [InlineData("3日至2日 事。")]
    [InlineData("**2日 事。")]
    [InlineData("2019年1月 事。")]
    [InlineData("日本代表团")]
    public void Not_markers(string line) => Assert.Equal(0, MarkerParser.TryParse(line, midLine: false, out _));

    [Fact]
    public void First_entry_of_a_month_is_never_a_byline()
    {
        // "是日 张三" reads like a post and a name; after a month heading it is an entry.
        var tree = Yearbook.Segment("# 2019年大事记\n\n## 1 月\n\n是日 张三\n");
        Assert.Equal("是日", tree.Documents[0].Months.Single().Entries.Single().Marker.Text);
        Assert.Null(tree.Documents[0].Speaker);
    }

    [Fact]
    public void Marker_separator_is_not_taken_for_number_spacing()
    {
        // Line 878 "**是日** 2019工业互联网…": the space after a marker is the marker's, even before a digit.
        var tree = Yearbook.Segment("# 2019年大事记\n\n## 4 月\n\n是日 2019工业互联网高峰论坛举行。\n");
        var entry = tree.Documents[0].Months.Single().Entries.Single();
        Assert.Equal("是日 2019工业互联网高峰论坛举行。", entry.CleanText);
    }
}
