using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>
/// A node together with its absolute start in the segmented text. Nodes themselves carry no position, so
/// that they compare equal wherever they move; walking from <see cref="YearbookTree.Root"/> gives each its span.
/// </summary>
/// <param name="Node">The node.</param>
/// <param name="Start">The UTF-16 offset of the node's first character in the segmented text.</param>
public readonly record struct PositionedNode(YearbookNode Node, int Start)
{
    /// <summary>The node's span in the segmented text, trivia included.</summary>
    public TextSpan Span => new(Start, Node.FullLength);

    /// <summary>The node's children with their positions.</summary>
    public IEnumerable<PositionedNode> Children
    {
        get
        {
            var position = Start;
            var children = Node.Children;
            for (var i = 0; i < children.Count; i++)
            {
                yield return new PositionedNode(children[i], position);
                position += children[i].FullLength;
            }
        }
    }

    /// <summary>The node and every node under it, in document order (parents before children).</summary>
    public IEnumerable<PositionedNode> DescendantsAndSelf()
    {
        var stack = new Stack<PositionedNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            var children = current.Children.ToArray();
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    /// <summary>The leaves under the node, in text order; their full texts concatenate to the node's.</summary>
    public IEnumerable<PositionedNode> Leaves() => DescendantsAndSelf().Where(n => n.Node.Children.IsEmpty);
}
