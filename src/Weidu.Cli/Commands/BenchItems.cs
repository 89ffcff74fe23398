using Weidu.Segmentation;
using Weidu.Temporal;

namespace Weidu.Cli.Commands;

/// <summary>
/// The items of a segmented yearbook as the pipeline analyses them — chronicle entries and paragraphs — each with
/// the date context of its kind, for throughput measurements that call one library per item. Compiled into
/// <c>weidu</c> (its <c>bench</c> command) and into the benchmark project, so both time the same items.
/// </summary>
internal static class BenchItems
{
    /// <summary>The items the pipeline analyses (chronicle entries, paragraphs) with the date context of each.</summary>
    public static List<(string Text, TemporalContext Context)> Of(YearbookTree tree)
    {
        var items = new List<(string, TemporalContext)>();
        foreach (var document in tree.Documents)
        {
            var year = document.Year ?? tree.Year ?? DateTime.Today.Year;
            var context = document.Date is { } date ? TemporalContext.ForDocument(date) : new TemporalContext(new DateTime(year, 1, 1)) { DocumentYear = year };
            foreach (var node in Descendants(document))
            {
                switch (node)
                {
                    case ChronicleEntry entry:
                        items.Add((entry.CleanText, TemporalContext.ForChronicle(year, entry.Month ?? 1, null)));
                        break;
                    case YearbookLeaf { Kind: YearbookNodeKind.Paragraph } leaf:
                        items.Add((leaf.CleanText, context));
                        break;
                }
            }
        }

        return items;
    }

    // Not into chronicle entries: an entry's paragraphs are the entry's own text.
    private static IEnumerable<YearbookNode> Descendants(YearbookNode node)
    {
        for (var i = 0; i < node.Children.Count; i++)
        {
            var child = node.Children[i];
            yield return child;
            if (child is not ChronicleEntry)
            {
                foreach (var descendant in Descendants(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
