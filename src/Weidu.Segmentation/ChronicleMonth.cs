using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>A month of a chronicle: its heading line (<c>## 1 月</c>, <c>### 3 月</c>, <c>## 5月</c>), then its entries.</summary>
public sealed class ChronicleMonth : YearbookNode
{
    internal ChronicleMonth(ReadOnlyMemory<char> fullText, EquatableArray<YearbookNode> children, int number, string heading)
        : base(fullText, children)
    {
        Number = number;
        Heading = heading;
    }

    /// <inheritdoc />
    public override YearbookNodeKind Kind => YearbookNodeKind.Month;

    /// <summary>The month, 1 to 12.</summary>
    public int Number { get; }

    /// <inheritdoc />
    public override string Heading { get; }

    /// <summary>The entries, in printed order (days can repeat or come out of order).</summary>
    public IEnumerable<ChronicleEntry> Entries => ChildrenOf<ChronicleEntry>();

    private protected override bool MetadataEquals(YearbookNode other) =>
        other is ChronicleMonth m && m.Number == Number && m.Heading == Heading;
}
