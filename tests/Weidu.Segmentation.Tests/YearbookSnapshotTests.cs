using System.Globalization;
using Snapshooter.Xunit;

namespace Weidu.Segmentation.Tests;

/// <summary>
/// The structure of the whole bundled yearbook, one line per node: every document (kind, title, speaker,
/// date, occasion, first line), section (level and heading), month and entry (marker, month, days, the line
/// it starts on and its first characters). The snapshot is the reviewed truth (see docs/segmentation.md).
/// </summary>
public sealed class YearbookSnapshotTests
{
    [Fact]
    public void Yearbook_structure_matches_snapshot() => Snapshot.Match(Render(Yearbook.Tree));

    [Fact]
    public void Yearbook_counts_match_the_text()
    {
        var tree = Yearbook.Tree;
        var documents = tree.Documents;
        Assert.Equal(8, documents.Count);
        Assert.Equal(
            [DocumentKind.Speech, DocumentKind.Speech, DocumentKind.Speech, DocumentKind.Speech, DocumentKind.Speech, DocumentKind.Speech, DocumentKind.Report, DocumentKind.Chronicle],
            documents.Select(d => d.DocumentKind));
        var chronicle = documents[7];
        Assert.Equal(Enumerable.Range(1, 12), chronicle.Months.Select(m => m.Number));

        // 284 lines of the chronicle start with a day marker (grep '^(\*\*)?(N日|是日|是月|日前|N月中旬|N~)'),
        // and two more entries start mid-line (lines 922 and 1026).
        Assert.Equal(286, chronicle.Months.Sum(m => m.Entries.Count()));
        Assert.Equal(2019, tree.Year);
        Assert.Empty(tree.Diagnostics);
    }

    internal static List<string> Render(YearbookTree tree)
    {
        var lines = new List<string>();
        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            var line = Yearbook.LineOf(tree, node.Start + LeadingTrivia(node));
            switch (node.Node)
            {
                case YearbookDocument d:
                    var first = d.Leaves().FirstOrDefault(c => c.Kind == YearbookNodeKind.Paragraph);
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"DOC {d.DocumentKind} @{line} title={d.Title} | speaker={d.Speaker?.Name}/{d.Speaker?.Post} | date={d.Date:yyyy-MM-dd} | dateLine={d.DateLine} | occasion={d.Occasion} | year={d.Year} | first={Head(first?.CleanText, 20)}"));
                    break;
                case YearbookSection s:
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"{new string(' ', s.Level * 2)}SEC L{s.Level} @{line} [{s.Scheme} {s.Number}] {s.Label}{s.Title}"));
                    break;
                case ChronicleMonth m:
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"  MONTH {m.Number} @{line} '{m.Heading}'"));
                    break;
                case ChronicleEntry e:
                    var body = e.CleanText[e.Marker.Text.Length..].TrimStart(' ', '，');
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"    ENTRY @{line} {e.Marker.Text} [{e.Marker.Kind} m={e.Month} d={e.Marker.FirstDay}-{e.Marker.LastDay} q={e.Marker.Qualifier}] {Head(body, 12)}"));
                    break;
            }
        }

        return lines;
    }

    private static int LeadingTrivia(PositionedNode node)
    {
        var leaf = (YearbookLeaf)node.Leaves().First().Node;
        var offset = 0;
        foreach (var run in leaf.Trivia)
        {
            if (run.Span.Start != offset || run.Kind == TriviaKind.Markup)
            {
                break;
            }

            offset = run.Span.End;
        }

        return offset;
    }

    private static string Head(string? text, int length) =>
        text is null ? string.Empty : (text.Length <= length ? text : text[..length]).Replace('\n', '⏎');
}
