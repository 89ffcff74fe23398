namespace Weidu.Segmentation.Tests;

/// <summary>Each OCR repair, on the yearbook line it comes from: clean text repaired, full text untouched, repair recorded.</summary>
public sealed class RepairTests
{
    private static YearbookLeaf LeafAt(int line) => Yearbook.At<YearbookLeaf>(line);

    private static string TextOf(Trivia repair) => Yearbook.Text.Substring(repair.Span.Start, repair.Span.Length);

    [Fact]
    public void Page_break_inside_a_word_is_joined()
    {
        // Lines 40–42: "…推进落实改" / blank / "革方案，确保得到群众的认可和肯定；…"
        var leaf = LeafAt(40);
        Assert.Same(leaf, LeafAt(42));
        Assert.Contains("推进落实改革方案，确保", leaf.CleanText, StringComparison.Ordinal);
        Assert.Contains("推进落实改\n\n革方案", leaf.GetFullText(), StringComparison.Ordinal);
        var pageBreak = Assert.Single(leaf.Repairs);
        Assert.Equal(TriviaKind.PageBreak, pageBreak.Kind);
        Assert.Equal("\n\n", leaf.GetFullText().Substring(pageBreak.Span.Start, pageBreak.Span.Length));
    }

    [Fact]
    public void Page_break_inside_a_name_is_joined()
    {
        // Lines 804–806: "…在南关街道办事处七" / blank / "一社区，调研组在听取汇报后…"
        Assert.Contains("南关街道办事处七一社区，调研组", LeafAt(804).CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_break_after_a_comma_is_joined()
    {
        // Lines 24–26: "…11月29日，" / blank / "我省17家涉改和新组建省级机构分别挂牌成立。…"
        Assert.Contains("11月29日，我省17家涉改", LeafAt(24).CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_break_with_three_blank_lines_is_joined()
    {
        // Lines 772–776: "14日 区长、颍汝干渠综合治理项目建设指" / 3 blank lines / "挥部指挥长李朝锋到颍汝干渠…"
        var entry = Assert.Single(Yearbook.StartingOn<ChronicleEntry>(772));
        Assert.Contains("项目建设指挥部指挥长李朝锋", entry.CleanText, StringComparison.Ordinal);
        Assert.Single(entry.Paragraphs);
    }

    [Fact]
    public void Page_headers_are_trivia()
    {
        // Lines 5–6: "特  " and "载", the running header above the first title.
        var title = LeafAt(10);
        Assert.Equal("在区委十四届七次全会上的讲话", title.CleanText);
        var header = Assert.Single(title.Repairs, r => r.Kind == TriviaKind.PageHeader);
        Assert.Equal("特  \n载\n", title.GetFullText().Substring(header.Span.Start, header.Span.Length));
        Assert.Equal(0, Yearbook.Tree.GetSpan(title).Start);
    }

    [Fact]
    public void Page_header_inside_a_page_break_is_trivia()
    {
        var tree = Yearbook.Segment("## 在会议上的讲话\n\n同志们：\n\n要推进改\n\n载\n\n革方案。\n");
        var paragraph = tree.Documents[0].Paragraphs.Last();
        Assert.Equal("要推进改革方案。", paragraph.CleanText);
        Assert.Equal([TriviaKind.PageBreak, TriviaKind.PageHeader, TriviaKind.PageBreak], paragraph.Repairs.Select(r => r.Kind));
    }

    [Fact]
    public void Bold_markup_is_trivia()
    {
        // Line 636: "**是日** 区委书记张书杰参加…"
        var entry = Assert.Single(Yearbook.StartingOn<ChronicleEntry>(636));
        Assert.StartsWith("是日 区委书记张书杰", entry.CleanText, StringComparison.Ordinal);
        var leaf = entry.Paragraphs.Single();
        Assert.Equal(["**", "**"], leaf.Repairs.Where(r => r.Kind == TriviaKind.Markup).Select(r => leaf.GetFullText().Substring(r.Span.Start, r.Span.Length)));
    }

    [Fact]
    public void Heading_markup_is_trivia()
    {
        // Line 10: "## 在区委十四届七次全会上的讲话"; line 742: "### 3 月".
        var title = LeafAt(10);
        Assert.Contains(title.Repairs, r => r.Kind == TriviaKind.Markup && title.GetFullText().Substring(r.Span.Start, r.Span.Length) == "## ");
        Assert.Equal("3月", LeafAt(742).CleanText);
    }

    [Fact]
    public void Spaces_inside_numbers_and_dates_are_removed()
    {
        // Line 146: "1. 政治建设从严。1 月 25 日，中央政治局会议…"; line 138: "政纪处分 20 人，…"
        Assert.Contains("政治建设从严。1月25日，中央政治局", LeafAt(146).CleanText, StringComparison.Ordinal);
        Assert.StartsWith("1. 政治建设从严", LeafAt(146).CleanText, StringComparison.Ordinal);
        Assert.Contains("政纪处分20人，因落实", LeafAt(136).CleanText, StringComparison.Ordinal);
        Assert.Contains("增长62.7%，51.7%，10.9%，这三个", LeafAt(136).CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_split_by_a_printed_space_is_joined()
    {
        // Line 312: "## 李朝锋在全区领导干部会议 暨对外开放大会上的讲话"
        var title = LeafAt(312);
        Assert.Equal("李朝锋在全区领导干部会议暨对外开放大会上的讲话", title.CleanText);
        var space = Assert.Single(title.Repairs, r => r.Kind == TriviaKind.TitleSpacing);
        Assert.Equal(" ", title.GetFullText().Substring(space.Span.Start, space.Span.Length));
    }

    [Fact]
    public void Byline_space_is_not_repaired()
    {
        // Line 452: "魏都区人民政府区长 李朝锋" — the space separates post and name.
        Assert.Equal("魏都区人民政府区长 李朝锋", LeafAt(452).CleanText);
    }

    [Fact]
    public void Real_paragraph_break_is_never_joined()
    {
        // Lines 630–634: "…积极建言献策。" / 3 blank lines / "在认真听取委员发言后，…": same entry, two paragraphs.
        var entry = Assert.Single(Yearbook.StartingOn<ChronicleEntry>(630));
        Assert.Equal(2, entry.Paragraphs.Count());
        Assert.Contains("积极建言献策。\n在认真听取委员发言后", entry.CleanText, StringComparison.Ordinal);

        // Lines 12–14: the byline "张书杰" has no full stop, and still is not joined to "(2019年1月20日)".
        Assert.Equal(YearbookNodeKind.Byline, LeafAt(12).Kind);
        Assert.Equal(YearbookNodeKind.DateLine, LeafAt(14).Kind);

        // Line 252: a heading line without a full stop is not joined to the paragraph after it.
        Assert.Equal(YearbookNodeKind.Heading, LeafAt(252).Kind);
    }

    [Fact]
    public void Every_repair_is_recorded_with_its_span_and_kind()
    {
        var repairs = Yearbook.Tree.GetRepairs().ToList();
        Assert.Equal(147, repairs.Count(r => r.Kind == TriviaKind.PageBreak)); // 163 unfinished lines minus 16 headings, bylines and date lines
        Assert.Equal(1, repairs.Count(r => r.Kind == TriviaKind.PageHeader));
        Assert.Equal(1, repairs.Count(r => r.Kind == TriviaKind.TitleSpacing));
        Assert.All(repairs, r =>
        {
            var text = TextOf(r);
            switch (r.Kind)
            {
                case TriviaKind.PageBreak:
                    Assert.True(string.IsNullOrWhiteSpace(text) && text.Contains('\n', StringComparison.Ordinal));
                    break;
                case TriviaKind.Markup:
                    Assert.Matches("^(\\*\\*|#{1,6} +)$", text);
                    break;
                case TriviaKind.NumberSpacing:
                case TriviaKind.TitleSpacing:
                    Assert.Matches("^ +$", text);
                    break;
            }
        });
        Assert.Equal(repairs.OrderBy(r => r.Span.Start), repairs);
    }

    [Fact]
    public void Line_ends_do_not_matter()
    {
        var lf = Yearbook.Tree;
        foreach (var ending in new[] { "\r\n", "\r" })
        {
            var other = Yearbook.Segment(Yearbook.Text.Replace("\n", ending, StringComparison.Ordinal));
            Assert.Equal(YearbookSnapshotTests.Render(lf), YearbookSnapshotTests.Render(other));
            Assert.Equal(lf.Root.Leaves().Select(l => l.Node.CleanText), other.Root.Leaves().Select(l => l.Node.CleanText));
            Assert.Equal(lf.GetRepairs().Select(r => r.Kind), other.GetRepairs().Select(r => r.Kind));
        }
    }
}
