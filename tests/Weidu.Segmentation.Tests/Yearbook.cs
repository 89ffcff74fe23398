using Weidu.Core;

namespace Weidu.Segmentation.Tests;

/// <summary>The bundled yearbook, segmented once, and ways to find the node a printed line belongs to.</summary>
internal static class Yearbook
{
    private static readonly Lazy<string> LazyText = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt")));
    private static readonly Lazy<YearbookTree> LazyTree = new(() => new YearbookSegmenter().Segment(SourceText.From(Text)));

    public static string Text => LazyText.Value;

    public static YearbookTree Tree => LazyTree.Value;

    /// <summary>The 1-based line number of a position, as the yearbook file is numbered.</summary>
    public static int LineOf(YearbookTree tree, int position) => tree.Text.Lines.GetLinePosition(position).Line + 1;

    /// <summary>The start of 1-based line <paramref name="line"/>.</summary>
    public static int StartOfLine(int line) => Tree.Text.Lines[line - 1].Start;

    /// <summary>The innermost node of kind <typeparamref name="T"/> whose span contains the start of line <paramref name="line"/>.</summary>
    public static T At<T>(int line)
        where T : YearbookNode
    {
        var position = StartOfLine(line);
        return Tree.Root.DescendantsAndSelf()
            .Where(n => n.Node is T && n.Span.Contains(position))
            .Select(n => (T)n.Node)
            .Last();
    }

    /// <summary>Every node of kind <typeparamref name="T"/> that starts on line <paramref name="line"/>, in text order.</summary>
    public static IReadOnlyList<T> StartingOn<T>(int line)
        where T : YearbookNode =>
        Tree.Root.DescendantsAndSelf()
            .Where(n => n.Node is T && LineOf(Tree, ContentStart(n)) == line)
            .Select(n => (T)n.Node)
            .ToList();

    /// <summary>Where a node's first leaf's text starts, past the blank lines and page headers before it.</summary>
    private static int ContentStart(PositionedNode node)
    {
        var leaf = node.Leaves().First();
        var trivia = ((YearbookLeaf)leaf.Node).Trivia;
        var offset = 0;
        foreach (var run in trivia)
        {
            if (run.Span.Start != offset)
            {
                break;
            }

            offset = run.Span.End;
        }

        return leaf.Start + offset;
    }

    public static YearbookTree Segment(string text, YearbookSegmenterOptions? options = null) =>
        new YearbookSegmenter(options).Segment(SourceText.From(text));
}
