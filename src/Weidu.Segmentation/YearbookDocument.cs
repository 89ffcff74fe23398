using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>
/// A document of a yearbook: a speech, a report, a chronicle or another text, with what the text prints
/// about it. Its children are its heading lines (title, byline, date line), then paragraphs and sections,
/// or, for a chronicle, months.
/// </summary>
public sealed class YearbookDocument : YearbookNode
{
    internal YearbookDocument(ReadOnlyMemory<char> fullText, EquatableArray<YearbookNode> children, DocumentKind documentKind, DocumentInfo info)
        : base(fullText, children)
    {
        DocumentKind = documentKind;
        Title = info.Title;
        Speaker = info.Speaker;
        DateLine = info.DateLine;
        Date = info.Date;
        Occasion = info.Occasion;
        Year = info.Year;
    }

    /// <inheritdoc />
    public override YearbookNodeKind Kind => YearbookNodeKind.Document;

    /// <summary>Whether the document is a speech, a report, a chronicle or something else.</summary>
    public DocumentKind DocumentKind { get; }

    /// <summary>The title, clean (markup and split spaces removed); <see langword="null"/> for untitled text.</summary>
    public string? Title { get; }

    /// <summary>The speaker, from the byline or from the title (李朝锋在…上的讲话).</summary>
    public Speaker? Speaker { get; }

    /// <summary>The date line as printed (clean), such as <c>(2019年1月20日)</c>.</summary>
    public string? DateLine { get; }

    /// <summary>The date the date line prints, when it prints a full date.</summary>
    public DateOnly? Date { get; }

    /// <summary>The occasion (会议) the title or the date line names, such as 区委十四届七次全会.</summary>
    public string? Occasion { get; }

    /// <summary>
    /// The year the document's dates belong to: the year of <see cref="Date"/>; for a chronicle, the year its
    /// title prints, else <see cref="YearbookSegmenterOptions.Year"/>, else the year most documents before it are dated.
    /// </summary>
    public int? Year { get; }

    /// <inheritdoc />
    public override string? Heading => Title;

    /// <summary>The top-level sections.</summary>
    public IEnumerable<YearbookSection> Sections => ChildrenOf<YearbookSection>();

    /// <summary>The months of a chronicle.</summary>
    public IEnumerable<ChronicleMonth> Months => ChildrenOf<ChronicleMonth>();

    /// <summary>The paragraphs directly under the document, before or between its sections.</summary>
    public IEnumerable<YearbookLeaf> Paragraphs => ChildrenOf<YearbookLeaf>().Where(l => l.Kind == YearbookNodeKind.Paragraph);

    private protected override bool MetadataEquals(YearbookNode other) =>
        other is YearbookDocument d &&
        d.DocumentKind == DocumentKind &&
        d.Title == Title &&
        d.Speaker == Speaker &&
        d.DateLine == DateLine &&
        d.Date == Date &&
        d.Occasion == Occasion &&
        d.Year == Year;
}

/// <summary>What the text prints about a document, gathered while its heading lines are read.</summary>
internal sealed record DocumentInfo(string? Title, Speaker? Speaker, string? DateLine, DateOnly? Date, string? Occasion, int? Year);
