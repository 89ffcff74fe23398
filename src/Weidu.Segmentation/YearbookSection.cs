using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>How a section heading is numbered.</summary>
public enum NumberingScheme
{
    /// <summary><c>一、</c></summary>
    ChineseComma,

    /// <summary><c>（一）</c> or <c>(一)</c></summary>
    ChineseParenthesized,

    /// <summary><c>1.</c></summary>
    ArabicDot,

    /// <summary><c>1、</c></summary>
    ArabicComma,

    /// <summary><c>第一，</c></summary>
    Ordinal,
}

/// <summary>
/// A numbered section. Its first child is its heading: a heading line, or the paragraph whose first
/// sentence (or bold run) is the heading. Subsections nest by numbering scheme, in the order the schemes
/// first appear, whatever markdown level the OCR gave the heading.
/// </summary>
public sealed class YearbookSection : YearbookNode
{
    internal YearbookSection(ReadOnlyMemory<char> fullText, EquatableArray<YearbookNode> children, SectionNumber number, string title, int level)
        : base(fullText, children)
    {
        Scheme = number.Scheme;
        Number = number.Value;
        Label = number.Label;
        Title = title;
        Level = level;
    }

    /// <inheritdoc />
    public override YearbookNodeKind Kind => YearbookNodeKind.Section;

    /// <summary>How the heading is numbered.</summary>
    public NumberingScheme Scheme { get; }

    /// <summary>The number as a value (三 and 3 are both 3).</summary>
    public int Number { get; }

    /// <summary>The number as printed with its delimiters, such as <c>一、</c> or <c>（二）</c>.</summary>
    public string Label { get; }

    /// <summary>The heading without its number and without the full stop that ends an inline heading.</summary>
    public string Title { get; }

    /// <summary>The depth in the document's outline: 1 for a top-level section.</summary>
    public int Level { get; }

    /// <inheritdoc />
    public override string Heading => Label + Title;

    /// <summary>The subsections.</summary>
    public IEnumerable<YearbookSection> Sections => ChildrenOf<YearbookSection>();

    /// <summary>The paragraphs directly in the section; an inline heading's paragraph comes first.</summary>
    public IEnumerable<YearbookLeaf> Paragraphs => ChildrenOf<YearbookLeaf>().Where(l => l.Kind == YearbookNodeKind.Paragraph);

    private protected override bool MetadataEquals(YearbookNode other) =>
        other is YearbookSection s && s.Scheme == Scheme && s.Number == Number && s.Label == Label && s.Title == Title && s.Level == Level;
}

/// <summary>A parsed section number.</summary>
internal readonly record struct SectionNumber(NumberingScheme Scheme, int Value, string Label);
