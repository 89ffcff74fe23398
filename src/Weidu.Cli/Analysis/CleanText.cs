using Weidu.Core;
using Weidu.Segmentation;

namespace Weidu.Cli.Analysis;

/// <summary>
/// A node's clean text (OCR repairs applied, markup and layout dropped) with the source offset of every character,
/// so that what the taggers find in the clean text is reported at its exact UTF-16 span in the input file.
/// </summary>
internal sealed class CleanText
{
    private readonly int[] _sources;

    private CleanText(string text, int[] sources)
    {
        Text = text;
        _sources = sources;
    }

    public string Text { get; }

    /// <summary>
    /// Builds the clean text of the node at <paramref name="node"/> as the segmenter defines it — each leaf without
    /// its trivia, CR LF and CR read as LF, leaves joined by LF — remembering where each character came from.
    /// </summary>
    public static CleanText Create(PositionedNode node)
    {
        var text = new System.Text.StringBuilder(node.Node.FullLength);
        var sources = new List<int>(node.Node.FullLength);
        var first = true;
        foreach (var positioned in node.Leaves())
        {
            if (!first)
            {
                // The joining line break stands for the layout between the two leaves.
                text.Append('\n');
                sources.Add(positioned.Start);
            }

            first = false;
            var full = positioned.Node.FullText.Span;
            var trivia = positioned.Node is YearbookLeaf leaf ? leaf.Trivia.AsSpan() : [];
            var position = 0;
            foreach (var run in trivia)
            {
                Append(text, sources, full, position, run.Span.Start, positioned.Start);
                position = Math.Max(position, run.Span.End);
            }

            Append(text, sources, full, position, full.Length, positioned.Start);
        }

        return new CleanText(text.ToString(), [.. sources]);
    }

    /// <summary>The source span of a span of the clean text.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        if (span.IsEmpty)
        {
            var at = span.Start < _sources.Length ? _sources[span.Start] : (_sources.Length > 0 ? _sources[^1] + 1 : 0);
            return new TextSpan(at, 0);
        }

        return TextSpan.FromBounds(_sources[span.Start], _sources[span.End - 1] + 1);
    }

    private static void Append(System.Text.StringBuilder text, List<int> sources, ReadOnlySpan<char> full, int from, int to, int offset)
    {
        for (var i = from; i < to; i++)
        {
            var c = full[i];
            if (c == '\r')
            {
                text.Append('\n');
                sources.Add(offset + i);
                if (i + 1 < to && full[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            text.Append(c);
            sources.Add(offset + i);
        }
    }
}
