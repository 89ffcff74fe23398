namespace Weidu.Segmentation.Tests;

public sealed class DiagnosticsTests
{
    [Fact]
    public void Numbering_gap_is_reported()
    {
        var tree = Yearbook.Segment("## 在会议上的讲话\n\n一、甲\n\n正文。\n\n三、丙\n\n正文。\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(SegmentationDiagnostics.NumberingGap.Id, diagnostic.Id);
        Assert.Equal("三、丙", tree.Text.ToString(diagnostic.Span));
        Assert.Equal([1, 3], tree.Documents[0].Sections.Select(s => s.Number));
    }

    [Fact]
    public void Unknown_chronicle_year_is_reported()
    {
        var tree = Yearbook.Segment("# 大事记\n\n## 1 月\n\n2日 甲。\n");
        Assert.Equal(SegmentationDiagnostics.ChronicleYearUnknown.Id, Assert.Single(tree.Diagnostics).Id);
        Assert.Null(tree.Documents[0].Year);
        Assert.Null(tree.Year);
    }

    [Fact]
    public void Unreadable_date_line_is_reported()
    {
        var tree = Yearbook.Segment("## 在会议上的讲话\n\n张三\n\n(2019年2月30日)\n\n正文。\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(SegmentationDiagnostics.UnreadableDateLine.Id, diagnostic.Id);
        Assert.Equal("(2019年2月30日)", tree.Documents[0].DateLine);
        Assert.Null(tree.Documents[0].Date);
    }

    [Fact]
    public void Codes_are_in_the_segmentation_range()
    {
        string[] ids = [SegmentationDiagnostics.NotAYearbook.Id, SegmentationDiagnostics.NumberingGap.Id, SegmentationDiagnostics.ChronicleYearUnknown.Id, SegmentationDiagnostics.UnreadableDateLine.Id];
        Assert.All(ids, id => Assert.InRange(int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture), 2001, 2099));
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }
}
