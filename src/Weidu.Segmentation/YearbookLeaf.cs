using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>
/// A leaf of a yearbook tree: a heading line, a byline, a date line or a paragraph. Its trivia (layout
/// and OCR repairs, with spans relative to the leaf) are what separates its full text from its clean text.
/// </summary>
public sealed class YearbookLeaf : YearbookNode
{
    internal YearbookLeaf(YearbookNodeKind kind, ReadOnlyMemory<char> fullText, EquatableArray<Trivia> trivia)
        : base(fullText, EquatableArray<YearbookNode>.Empty)
    {
        Kind = kind;
        Trivia = trivia;
    }

    /// <inheritdoc />
    public override YearbookNodeKind Kind { get; }

    /// <summary>Every run of the full text that the clean text drops, in text order, with leaf-relative spans.</summary>
    public EquatableArray<Trivia> Trivia { get; }

    /// <summary>The OCR repairs among <see cref="Trivia"/>: the trivia that is not layout whitespace.</summary>
    public IEnumerable<Trivia> Repairs => Trivia.Where(t => t.IsRepair);

    private protected override string ComputeCleanText() => CleanTextWriter.Write(FullText.Span, Trivia.AsSpan());

    private protected override bool MetadataEquals(YearbookNode other) => Trivia.Equals(((YearbookLeaf)other).Trivia);
}
