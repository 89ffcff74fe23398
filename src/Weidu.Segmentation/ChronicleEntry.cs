using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>
/// A chronicle entry: its day marker and its paragraphs (usually one). The first paragraph starts with the
/// marker; an entry can also start in the middle of a line, after the previous entry's last sentence.
/// </summary>
public sealed class ChronicleEntry : YearbookNode
{
    internal ChronicleEntry(ReadOnlyMemory<char> fullText, EquatableArray<YearbookNode> children, EntryMarker marker, int? month)
        : base(fullText, children)
    {
        Marker = marker;
        Month = month;
    }

    /// <inheritdoc />
    public override YearbookNodeKind Kind => YearbookNodeKind.Entry;

    /// <summary>The day marker.</summary>
    public EntryMarker Marker { get; }

    /// <summary>The month: the one the marker prints, else the month heading the entry is under.</summary>
    public int? Month { get; }

    /// <inheritdoc />
    public override string Heading => Marker.Text;

    /// <summary>The paragraphs of the entry.</summary>
    public IEnumerable<YearbookLeaf> Paragraphs => ChildrenOf<YearbookLeaf>();

    private protected override bool MetadataEquals(YearbookNode other) =>
        other is ChronicleEntry e && e.Marker == Marker && e.Month == Month;
}
