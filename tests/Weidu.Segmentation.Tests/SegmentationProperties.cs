using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Weidu.Core;

namespace Weidu.Segmentation.Tests;

public sealed partial class SegmentationProperties
{
    private static readonly YearbookSegmenter Segmenter = new();

    [Property(MaxTest = 300)]
    public Property Leaves_concatenate_to_the_input() =>
        Prop.ForAll(Generators.Text.ToArbitrary(), text =>
        {
            var tree = Segmenter.Segment(SourceText.From(text));
            var leaves = tree.Root.Leaves().ToList();
            var contiguous = leaves.Zip(leaves.Skip(1)).All(pair => pair.First.Span.End == pair.Second.Span.Start);
            return string.Concat(leaves.Select(l => l.Node.GetFullText())) == text && contiguous;
        });

    [Property(MaxTest = 300)]
    public Property Segmenting_never_throws_and_every_node_is_consistent() =>
        Prop.ForAll(Generators.Text.ToArbitrary(), text =>
        {
            var source = SourceText.From(text);
            var tree = Segmenter.Segment(source);
            foreach (var node in tree.Root.DescendantsAndSelf())
            {
                _ = node.Node.CleanText;
                _ = node.Node.Heading;
                if (!node.Node.Children.IsEmpty && node.Node.Children.Sum(c => c.FullLength) != node.Node.FullLength)
                {
                    return false;
                }

                if (node.Node is YearbookLeaf leaf && leaf.Trivia.Any(t => t.Span.End > leaf.FullLength))
                {
                    return false;
                }
            }

            return Segmenter.EnumerateDocuments(source).SequenceEqual(tree.Documents) && tree.GetRepairs().All(r => r.Span.End <= text.Length);
        });

    [Property(MaxTest = 300)]
    public Property Clean_text_never_holds_a_page_break_run() =>
        Prop.ForAll(Generators.Text.ToArbitrary(), text =>
            Segmenter.Segment(SourceText.From(text)).Root.Leaves().All(l => !BlankLine().IsMatch(l.Node.CleanText)));

    [Property(MaxTest = 200)]
    public Property Line_ends_do_not_change_the_tree() =>
        Prop.ForAll(Generators.Text.ToArbitrary(), raw =>
        {
            var text = raw.Replace("\r", string.Empty, StringComparison.Ordinal);
            var lf = Shape(text);
            return lf.SequenceEqual(Shape(text.Replace("\n", "\r\n", StringComparison.Ordinal))) &&
                   lf.SequenceEqual(Shape(text.Replace('\n', '\r')));
        });

    [Property(MaxTest = 60)]
    public Property Two_yearbooks_concatenated_give_the_documents_of_each() =>
        Prop.ForAll(Generators.SmallYearbook.ToArbitrary(), Generators.SmallYearbook.ToArbitrary(), (first, second) =>
        {
            var expected = Documents(first).Concat(Documents(second));
            return Documents(first + "\n" + second).SequenceEqual(expected);
        });

    private static IEnumerable<string> Shape(string text) =>
        Segmenter.Segment(SourceText.From(text)).Root.DescendantsAndSelf().Select(n => $"{n.Node.Kind} {n.Node.Heading} {n.Node.CleanText}");

    private static IEnumerable<(DocumentKind, string?, Speaker?, DateOnly?, string?, string)> Documents(string text) =>
        Segmenter.Segment(SourceText.From(text)).Documents.AsImmutableArray()
            .Select(d => (d.DocumentKind, d.Title, d.Speaker, d.Date, d.Occasion, d.CleanText));

    [GeneratedRegex("\n[ \t\u3000]*\n")]
    private static partial Regex BlankLine();
}
