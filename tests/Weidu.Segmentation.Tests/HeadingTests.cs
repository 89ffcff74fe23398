namespace Weidu.Segmentation.Tests;

/// <summary>Each section and month heading form, decided by numbering and content rather than by the count of #.</summary>
public sealed class HeadingTests
{
    [Theory]
    [InlineData(20, "一、", 1, NumberingScheme.ChineseComma, "提升政治站位，深刻认识重大意义")]          // ### 一、…
    [InlineData(36, "二、", 1, NumberingScheme.ChineseComma, "把握总体要求，确保机构改革沿着正确方向前进")] // ## 二、… (same ## as a title)
    [InlineData(94, "四、", 1, NumberingScheme.ChineseComma, "加强组织领导，确保机构改革任务按时保质完成")] // #### 四、…
    [InlineData(252, "一、", 1, NumberingScheme.ChineseComma, "深刻领会习近平总书记视察河南重要讲话和党的十九届四中全会精神，为谱写新时代中原更加出彩的绚丽篇章增添魏都光彩")] // no # at all
    [InlineData(256, "(一)", 2, NumberingScheme.ChineseParenthesized, "深刻领会总书记的深情关怀和殷殷嘱托，提升站位、担当责任")] // (一) inline
    [InlineData(260, "（二）", 2, NumberingScheme.ChineseParenthesized, "深刻理解党的十九届四中全会的重大意义和精神实质，守正创新、坚定自信")] // （二）inline
    [InlineData(134, "1.", 2, NumberingScheme.ArabicDot, "领会新要求")]                              // 1. under 一、
    [InlineData(214, "1.", 1, NumberingScheme.ArabicDot, "巩固提升发展态势")]                         // 1. **巩固提升发展态势。**…, top level
    [InlineData(24, "第一，", 2, NumberingScheme.Ordinal, "统一思想认识，切实增强推进机构改革的政治责任感")] // 第一，…
    [InlineData(432, "三、", 1, NumberingScheme.ChineseComma, "持续实施城建提质，加快建设宜居之城")]        // **三、…。** bold paragraph heading
    public void Yearbook_section_forms(int line, string label, int level, NumberingScheme scheme, string title)
    {
        var section = Assert.Single(Yearbook.StartingOn<YearbookSection>(line));
        Assert.Equal(label, section.Label);
        Assert.Equal(level, section.Level);
        Assert.Equal(scheme, section.Scheme);
        Assert.Equal(title, section.Title);
        Assert.Equal(label + title, section.Heading);
    }

    [Fact]
    public void Same_markup_marks_a_title_and_a_section()
    {
        // Line 10 "## 在区委十四届七次全会上的讲话" is a document; line 36 "## 二、…" is a section of it.
        Assert.Equal("在区委十四届七次全会上的讲话", Assert.Single(Yearbook.StartingOn<YearbookDocument>(10)).Title);
        Assert.Equal(2, Assert.Single(Yearbook.StartingOn<YearbookSection>(36)).Number);
        Assert.Equal(Yearbook.At<YearbookDocument>(10), Yearbook.At<YearbookDocument>(36));
    }

    [Fact]
    public void Inline_heading_paragraph_is_the_first_paragraph_of_its_section()
    {
        // Line 24: "第一，统一思想认识，切实增强推进机构改革的政治责任感。中央高度重视…"
        var section = Assert.Single(Yearbook.StartingOn<YearbookSection>(24));
        Assert.StartsWith("第一，统一思想认识", section.Paragraphs.First().CleanText, StringComparison.Ordinal);
        Assert.Equal(YearbookNodeKind.Heading, Assert.Single(Yearbook.StartingOn<YearbookSection>(20)).Children[0].Kind);
    }

    [Fact]
    public void Arabic_comma_numbering()
    {
        var tree = Yearbook.Segment("## 在会议上的讲话\n\n张三\n\n1、第一件事。内容。\n\n2、第二件事。内容。\n");
        var sections = tree.Documents[0].Sections.ToList();
        Assert.Equal([NumberingScheme.ArabicComma, NumberingScheme.ArabicComma], sections.Select(s => s.Scheme));
        Assert.Equal(["第一件事", "第二件事"], sections.Select(s => s.Title));
    }

    [Fact]
    public void Numbering_restarts_under_the_next_parent()
    {
        // Lines 134–140 (1.–3. under 一、) and 146–160 (1.–5. under 二、).
        var first = Assert.Single(Yearbook.StartingOn<YearbookSection>(128));
        var second = Assert.Single(Yearbook.StartingOn<YearbookSection>(142));
        Assert.Equal([1, 2, 3], first.Sections.Select(s => s.Number));
        Assert.Equal([1, 2, 3, 4, 5], second.Sections.Select(s => s.Number));
    }

    [Fact]
    public void Out_of_sequence_number_is_a_paragraph()
    {
        var tree = Yearbook.Segment("## 在会议上的讲话\n\n一、甲\n\n正文。\n\n二、乙\n\n一、这一段只是以一、开头的正文，并不是标题。\n");
        var sections = tree.Documents[0].Sections.ToList();
        Assert.Equal([1, 2], sections.Select(s => s.Number));
        Assert.StartsWith("一、这一段", Assert.Single(sections[1].Paragraphs).CleanText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(602, 1, "1月")]  // ## 1 月
    [InlineData(742, 3, "3月")]  // ### 3 月
    [InlineData(890, 5, "5月")]  // ## 5月
    public void Month_heading_forms(int line, int month, string heading)
    {
        var node = Assert.Single(Yearbook.StartingOn<ChronicleMonth>(line));
        Assert.Equal(month, node.Number);
        Assert.Equal(heading, node.Heading);
    }

    [Fact]
    public void Chinese_month_headings()
    {
        var tree = Yearbook.Segment("# 2019年大事记\n\n## 一月\n\n2日 甲。\n\n#### 十二月\n\n3日 乙。\n");
        Assert.Equal([1, 12], tree.Documents[0].Months.Select(m => m.Number));
    }
}
