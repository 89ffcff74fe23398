namespace Weidu.Pipeline.Engine;

/// <summary>
/// The identity under which a node remembers an item from one run to the next: the document it came from
/// and a number that the node which created the item allocated once and keeps for as long as the item is
/// matched to its successor (see <see cref="FlattenNode{T}"/> for the matching rule). Keys never depend
/// on an item's position, so inserting an item does not re-key the items after it.
/// </summary>
internal readonly record struct ItemKey(string DocumentId, long Id)
{
    /// <summary>The key of the one entry of a single-value node.</summary>
    public static ItemKey Single { get; } = new(string.Empty, 0);
}
