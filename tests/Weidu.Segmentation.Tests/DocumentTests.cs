using Weidu.Core;

namespace Weidu.Segmentation.Tests;

/// <summary>What documents carry: title, speaker and post, date line, date, occasion, year; and the fallback for other text.</summary>
public sealed class DocumentTests
{
    [Fact]
    public void Speech_with_byline_and_date_line()
    {
        // Lines 10–14: "## 在区委十四届七次全会上的讲话" / "张书杰" / "(2019年1月20日)"
        var speech = Yearbook.Tree.Documents[0];
        Assert.Equal(DocumentKind.Speech, speech.DocumentKind);
        Assert.Equal(new Speaker("张书杰", null), speech.Speaker);
        Assert.Equal("(2019年1月20日)", speech.DateLine);
        Assert.Equal(new DateOnly(2019, 1, 20), speech.Date);
        Assert.Equal("区委十四届七次全会", speech.Occasion);
        Assert.Equal(2019, speech.Year);
        Assert.Equal([YearbookNodeKind.Heading, YearbookNodeKind.Byline, YearbookNodeKind.DateLine], speech.Children.Take(3).Select(c => c.Kind));
    }

    [Fact]
    public void Speaker_named_in_the_title_and_a_date_line_with_a_note()
    {
        // Lines 312–314: "## 李朝锋在全区领导干部会议 暨对外开放大会上的讲话" / "(2019年11月19日，根据录音整理)"
        var speech = Yearbook.At<YearbookDocument>(312);
        Assert.Equal(new Speaker("李朝锋", null), speech.Speaker);
        Assert.Equal("全区领导干部会议暨对外开放大会", speech.Occasion);
        Assert.Equal(new DateOnly(2019, 11, 19), speech.Date);
        Assert.Equal("(2019年11月19日，根据录音整理)", speech.DateLine);
    }

    [Fact]
    public void Report_with_subtitle_and_post()
    {
        // Lines 448–452: "## 政府工作报告" / "——2020年6月14日魏都区十五届人民代表大会第四次会议" / "魏都区人民政府区长 李朝锋"
        var report = Yearbook.At<YearbookDocument>(448);
        Assert.Equal(DocumentKind.Report, report.DocumentKind);
        Assert.Equal(new Speaker("李朝锋", "魏都区人民政府区长"), report.Speaker);
        Assert.Equal(new DateOnly(2020, 6, 14), report.Date);
        Assert.Equal("魏都区十五届人民代表大会第四次会议", report.Occasion);
    }

    [Fact]
    public void Chronicle_year_comes_from_the_document_dates()
    {
        // Line 598 "# 大事记" prints no year; five of the seven dated documents are dated 2019.
        var chronicle = Yearbook.At<YearbookDocument>(598);
        Assert.Equal(DocumentKind.Chronicle, chronicle.DocumentKind);
        Assert.Equal(2019, chronicle.Year);
        Assert.Null(chronicle.Date);
    }

    [Fact]
    public void Chronicle_year_from_the_title_or_the_option()
    {
        Assert.Equal(2018, Yearbook.Segment("# 2018年大事记\n\n## 1 月\n\n2日 甲。\n").Documents[0].Year);
        Assert.Equal(2017, Yearbook.Segment("# 大事记\n\n## 1 月\n\n2日 甲。\n", new YearbookSegmenterOptions { Year = 2017 }).Documents[0].Year);
        Assert.Equal(2017, Yearbook.Segment(Yearbook.Text, new YearbookSegmenterOptions { Year = 2017 }).Documents[7].Year);
    }

    [Theory]
    [InlineData("(2019年1月20日)", 2019, 1, 20)]
    [InlineData("（2019年11月19日）", 2019, 11, 19)]
    [InlineData("(2019 年 1 月 20 日)", 2019, 1, 20)]
    [InlineData("（二〇一九年一月二十日）", 2019, 1, 20)]
    [InlineData("（二○一九年十二月三十日）", 2019, 12, 30)]
    [InlineData("(２０１９年１月２０日)", 2019, 1, 20)]
    public void Date_line_forms(string line, int year, int month, int day)
    {
        Assert.True(HeadingParser.TryParseDateLine(line, out var date, out _));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("(2019年2月30日)")]
    [InlineData("(2019年13月1日)")]
    public void Impossible_date_is_a_date_line_without_a_date(string line)
    {
        Assert.True(HeadingParser.TryParseDateLine(line, out var date, out _));
        Assert.Null(date);
    }

    [Fact]
    public void Text_that_is_not_a_yearbook_is_one_document_of_paragraphs()
    {
        var tree = Yearbook.Segment("# Notes\n\n一、这不是年鉴。\n\n第二段\n接着一行。\n\n\n\n2日 也不是条目。\n");
        var document = Assert.Single(tree.Documents);
        Assert.Equal(DocumentKind.Other, document.DocumentKind);
        Assert.Null(document.Title);
        Assert.Empty(document.Sections);
        Assert.Equal(
            [YearbookNodeKind.Heading, YearbookNodeKind.Paragraph, YearbookNodeKind.Paragraph, YearbookNodeKind.Paragraph],
            document.Children.Select(c => c.Kind));
        Assert.Equal(["Notes", "一、这不是年鉴。", "第二段\n接着一行。", "2日 也不是条目。"], document.Children.Select(c => c.CleanText));
        Assert.Equal("WD2001", Assert.Single(tree.Diagnostics).Id);
    }

    [Fact]
    public void Text_before_the_first_title_is_an_untitled_document()
    {
        var tree = Yearbook.Segment("前言。\n\n## 在会议上的讲话\n\n张三\n\n正文。\n");
        Assert.Equal([DocumentKind.Other, DocumentKind.Speech], tree.Documents.Select(d => d.DocumentKind));
        Assert.Null(tree.Documents[0].Title);
        Assert.Equal("前言。", tree.Documents[0].CleanText);
        Assert.Equal(new Speaker("张三", null), tree.Documents[1].Speaker);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("特\n")]
    [InlineData("x")]
    public void Degenerate_texts(string text)
    {
        var tree = Yearbook.Segment(text);
        Assert.Equal(text, string.Concat(tree.Root.Leaves().Select(l => l.Node.GetFullText())));
    }

    [Fact]
    public void Documents_stream_one_by_one()
    {
        var streamed = new YearbookSegmenter().EnumerateDocuments(SourceText.From(Yearbook.Text)).ToList();
        Assert.Equal(Yearbook.Tree.Documents, streamed);
    }

    [Fact]
    public void Streaming_reports_diagnostics()
    {
        var text = SourceText.From("## 在会议上的讲话\n\n一、甲\n\n三、丙\n\n# 大事记\n\n## 1 月\n\n2日 甲。\n");
        var bag = new DiagnosticBag();
        var documents = new YearbookSegmenter().EnumerateDocuments(text, bag, "x.txt").ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal(new YearbookSegmenter().Segment(text, "x.txt").Diagnostics, bag.ToArray());
        Assert.Equal(["WD2002", "WD2003"], bag.ToArray().Select(d => d.Id));
    }

    [Fact]
    public void Spans_locate_every_node()
    {
        var tree = Yearbook.Tree;
        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            Assert.Equal(node.Span, tree.GetSpan(node.Node));
            Assert.Equal(tree.Text.ToString(node.Span), node.Node.GetFullText());
        }

        Assert.Throws<ArgumentException>(() => tree.GetSpan(Yearbook.Segment("x").Documents[0]));
    }
}
