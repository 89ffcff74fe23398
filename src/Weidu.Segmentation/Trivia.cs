using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>What a piece of trivia is: text that belongs to a node's full text but not to its clean text.</summary>
public enum TriviaKind
{
    /// <summary>Layout, not a repair: the line break and blank lines that end a block, indentation, trailing spaces.</summary>
    Whitespace,

    /// <summary>A page break inside a sentence or a word: the line break, blank lines and any page header between the two halves.</summary>
    PageBreak,

    /// <summary>A running page header the OCR kept as a line of its own, such as the stray 特 / 载 at the top of a page.</summary>
    PageHeader,

    /// <summary>Markdown markup the OCR added: a heading's <c>#</c> run, bold <c>**</c>.</summary>
    Markup,

    /// <summary>A space printed between a number and its unit or its neighbour, as in <c>1 月 25 日</c>.</summary>
    NumberSpacing,

    /// <summary>A space that splits a document title printed across two lines, as in <c>全区领导干部会议 暨对外开放大会</c>.</summary>
    TitleSpacing,
}

/// <summary>
/// A run of text that a node keeps in its full text but drops from its clean text. Every OCR repair is one
/// of these, so a repair can always be audited and undone.
/// </summary>
/// <param name="Kind">What the run is.</param>
/// <param name="Span">
/// Where the run is. Inside a <see cref="YearbookLeaf"/> the span is relative to the start of the leaf, so the
/// leaf compares equal wherever it moves; <see cref="YearbookTree.GetRepairs"/> reports absolute spans.
/// </param>
public readonly record struct Trivia(TriviaKind Kind, TextSpan Span)
{
    /// <summary>Whether the run is an OCR repair rather than layout whitespace.</summary>
    public bool IsRepair => Kind != TriviaKind.Whitespace;
}
