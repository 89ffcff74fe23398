using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Weidu.Core;
using Weidu.Segmentation;

namespace Weidu.Reliability.Tests;

/// <summary>The yearbook segmenter on hostile shapes: it never throws and never loses a character.</summary>
public sealed class SegmentationTests
{
    private static readonly YearbookSegmenter Segmenter = new(new YearbookSegmenterOptions { Year = 2019 });

    [Theory]
    [MemberData(nameof(HostileText.Shapes), MemberType = typeof(HostileText))]
    public void Every_shape_segments_losslessly_with_diagnostics_inside_the_text(string shape, string content)
    {
        var tree = Segmenter.Segment(SourceText.From(content), shape);

        AssertLossless(tree, content);
    }

    [Fact]
    public void A_chronicle_without_month_headings_keeps_its_entries_text()
    {
        const string Content = "# 大事记\n\n2日 召开会议。\n\n3日 调研。\n";

        var tree = Segmenter.Segment(SourceText.From(Content));

        AssertLossless(tree, Content);
        var cleanText = string.Concat(tree.Root.Leaves().Select(l => l.Node.CleanText));
        Assert.Contains("召开会议", cleanText, StringComparison.Ordinal);
        Assert.Contains("调研", cleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void Markers_without_text_become_entries_or_paragraphs_without_losing_them()
    {
        const string Content = "# 大事记\n\n## 1 月\n\n2日\n\n3日 \n\n是日\n";

        var tree = Segmenter.Segment(SourceText.From(Content));

        AssertLossless(tree, Content);
        Assert.NotEmpty(tree.Documents);
    }

    [Fact]
    public void A_50_MB_line_without_newline_is_one_lossless_paragraph()
    {
        var content = HostileText.LongLine(50 * 1024 * 1024 / 2);

        var tree = Segmenter.Segment(SourceText.From(content));

        Assert.Equal(content.Length, tree.Root.Node.FullLength);
        Assert.Equal(content.Length, tree.Root.Leaves().Sum(l => l.Node.FullLength));
    }

    [Fact]
    public void A_million_one_character_lines_segment_losslessly()
    {
        var content = HostileText.OneCharacterLines(1_000_000);

        var tree = Segmenter.Segment(SourceText.From(content));

        Assert.Equal(content.Length, tree.Root.Node.FullLength);
        Assert.Equal(content.Length, tree.Root.Leaves().Sum(l => l.Node.FullLength));
    }

    [Fact]
    public void Enumerating_documents_of_a_hostile_text_returns_the_same_documents_as_segmenting_it()
    {
        var content = HostileText.Chronicle + "\0\r" + new string('#', 300) + "\n" + HostileText.Chronicle;
        var text = SourceText.From(content);

        var streamed = Segmenter.EnumerateDocuments(text).ToArray();

        Assert.Equal(Segmenter.Segment(text).Documents.AsImmutableArray(), streamed);
    }

    [Property(MaxTest = 300)]
    public Property Random_yearbook_like_text_segments_losslessly(int seed)
    {
        var content = HostileText.Random(new Random(seed), 400);
        var tree = Segmenter.Segment(SourceText.From(content));
        return (tree.Root.Node.GetFullText() == content && tree.Diagnostics.AsImmutableArray().All(d => d.Span.End <= content.Length)).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property Arbitrary_strings_segment_losslessly(NonNull<string> content)
    {
        var tree = Segmenter.Segment(SourceText.From(content.Get));
        return (tree.Root.Node.GetFullText() == content.Get).ToProperty();
    }

    internal static void AssertLossless(YearbookTree tree, string content)
    {
        Assert.Equal(content, tree.Root.Node.GetFullText());
        Assert.Equal(content.Length, tree.Root.Leaves().Sum(l => l.Node.FullLength));
        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            Assert.InRange(node.Span.Start, 0, content.Length);
            Assert.InRange(node.Span.End, node.Span.Start, content.Length);
            Assert.Equal(content.Substring(node.Span.Start, node.Span.Length), node.Node.GetFullText());
        }

        Assert.All(tree.Diagnostics, d =>
        {
            Assert.StartsWith("WD", d.Id, StringComparison.Ordinal);
            Assert.InRange(d.Span.End, d.Span.Start, content.Length);
        });
    }
}
