using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>
/// The result of segmenting one text: the document tree, the text it was made from, the yearbook's year and
/// the diagnostics. The tree's nodes are position-free values; this class maps them back to spans.
/// </summary>
public sealed class YearbookTree
{
    private readonly Lazy<Dictionary<YearbookNode, int>> _starts;

    internal YearbookTree(SourceText text, YearbookCorpus corpus, int? year, EquatableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Corpus = corpus;
        Year = year;
        Diagnostics = diagnostics;
        Documents = corpus.Documents.ToEquatableArray();
        _starts = new Lazy<Dictionary<YearbookNode, int>>(IndexStarts);
    }

    /// <summary>The text the tree was made from.</summary>
    public SourceText Text { get; }

    /// <summary>The root node.</summary>
    public YearbookCorpus Corpus { get; }

    /// <summary>The documents, in printed order.</summary>
    public EquatableArray<YearbookDocument> Documents { get; }

    /// <summary>
    /// The yearbook's year: the year of its first chronicle (printed in the chronicle's title, else
    /// <see cref="YearbookSegmenterOptions.Year"/>, else the year most documents before it are dated); for a
    /// text without a chronicle, the option, else the year most documents are dated.
    /// </summary>
    public int? Year { get; }

    /// <summary>What the segmenter noticed about the input, in text order of discovery.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The root with its position, to walk the tree with spans.</summary>
    public PositionedNode Root => new(Corpus, 0);

    /// <summary>The absolute span of <paramref name="node"/>, which must be a node of this tree.</summary>
    /// <exception cref="ArgumentException"><paramref name="node"/> is not a node of this tree.</exception>
    public TextSpan GetSpan(YearbookNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return _starts.Value.TryGetValue(node, out var start)
            ? new TextSpan(start, node.FullLength)
            : throw new ArgumentException("The node does not belong to this tree.", nameof(node));
    }

    /// <summary>Every OCR repair in the tree with its absolute span, in text order, for auditing.</summary>
    public IEnumerable<Trivia> GetRepairs()
    {
        foreach (var positioned in Root.Leaves())
        {
            if (positioned.Node is not YearbookLeaf leaf)
            {
                continue;
            }

            foreach (var trivia in leaf.Repairs)
            {
                yield return trivia with { Span = new TextSpan(positioned.Start + trivia.Span.Start, trivia.Span.Length) };
            }
        }
    }

    private Dictionary<YearbookNode, int> IndexStarts()
    {
        // By reference: two equal paragraphs in one text are still two nodes with two spans.
        var starts = new Dictionary<YearbookNode, int>(ReferenceEqualityComparer.Instance);
        foreach (var positioned in Root.DescendantsAndSelf())
        {
            starts[positioned.Node] = positioned.Start;
        }

        return starts;
    }
}
