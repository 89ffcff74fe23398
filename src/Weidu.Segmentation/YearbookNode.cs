using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>
/// A node of a yearbook tree. Nodes are immutable values that know their text but not their position:
/// two nodes are equal when their kind, full text, metadata and children are equal, wherever they sit in
/// the text, so a paragraph or an entry compares equal after an edit elsewhere. Absolute spans come from
/// <see cref="YearbookTree.GetSpan"/> or from walking <see cref="YearbookTree.Root"/>.
/// </summary>
/// <remarks>
/// A node's full text is a slice of the segmented text, never a copy; its clean text is computed on first use.
/// The full texts of a node's children, concatenated, are exactly its own full text.
/// </remarks>
public abstract class YearbookNode : IEquatable<YearbookNode>
{
    private string? _cleanText;
    private int _hashCode;

    private protected YearbookNode(ReadOnlyMemory<char> fullText, EquatableArray<YearbookNode> children)
    {
        FullText = fullText;
        Children = children;
    }

    /// <summary>The kind of node.</summary>
    public abstract YearbookNodeKind Kind { get; }

    /// <summary>The exact source text of the node, trivia included.</summary>
    public ReadOnlyMemory<char> FullText { get; }

    /// <summary>The length of <see cref="FullText"/> in UTF-16 code units.</summary>
    public int FullLength => FullText.Length;

    /// <summary>The child nodes in text order; empty for a leaf.</summary>
    public EquatableArray<YearbookNode> Children { get; }

    /// <summary>
    /// The node's heading: a document's title, a section's numbered heading, a month heading, an entry's
    /// marker; <see langword="null"/> for nodes without one.
    /// </summary>
    public virtual string? Heading => null;

    /// <summary>
    /// The text with every repair applied and layout removed: trivia dropped, line breaks as <c>\n</c>,
    /// and the children of a composite node joined by <c>\n</c>.
    /// </summary>
    public string CleanText => _cleanText ??= ComputeCleanText();

    /// <summary>Enumerates the leaves under this node (the node itself when it has no children), in text order.</summary>
    public IEnumerable<YearbookNode> Leaves()
    {
        if (Children.IsEmpty)
        {
            yield return this;
            yield break;
        }

        for (var i = 0; i < Children.Count; i++)
        {
            foreach (var leaf in Children[i].Leaves())
            {
                yield return leaf;
            }
        }
    }

    /// <summary>The exact source text as a string.</summary>
    public string GetFullText() => FullText.ToString();

    private protected virtual string ComputeCleanText()
    {
        var parts = new string[Children.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Children[i].CleanText;
        }

        return string.Join('\n', parts);
    }

    /// <summary>Compares the metadata a derived node adds; the base compares kind, text and children.</summary>
    private protected abstract bool MetadataEquals(YearbookNode other);

    /// <inheritdoc />
    public bool Equals(YearbookNode? other) =>
        ReferenceEquals(this, other) ||
        (other is not null &&
         other.GetType() == GetType() &&
         other.Kind == Kind &&
         other.GetHashCode() == GetHashCode() &&
         other.FullText.Span.SequenceEqual(FullText.Span) &&
         MetadataEquals(other) &&
         other.Children.Equals(Children));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as YearbookNode);

    /// <summary>A hash of the kind and the full text, so equal nodes hash alike.</summary>
    public override int GetHashCode()
    {
        if (_hashCode == 0)
        {
            var hash = HashCode.Combine((int)Kind, string.GetHashCode(FullText.Span, StringComparison.Ordinal));
            _hashCode = hash == 0 ? 1 : hash;
        }

        return _hashCode;
    }

    /// <summary>The kind and the heading or the start of the clean text, for debugging.</summary>
    public override string ToString()
    {
        var label = Heading ?? CleanText;
        return label.Length <= 24 ? $"{Kind} {label}" : $"{Kind} {label[..24]}…";
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(YearbookNode? left, YearbookNode? right) => left?.Equals(right) ?? right is null;

    /// <summary>Value inequality.</summary>
    public static bool operator !=(YearbookNode? left, YearbookNode? right) => !(left == right);

    private protected IEnumerable<T> ChildrenOf<T>()
        where T : YearbookNode
    {
        for (var i = 0; i < Children.Count; i++)
        {
            if (Children[i] is T typed)
            {
                yield return typed;
            }
        }
    }
}
