namespace Weidu.Segmentation;

/// <summary>The kind of a node in a yearbook tree.</summary>
public enum YearbookNodeKind
{
    /// <summary>The root: every document of one text.</summary>
    Corpus,

    /// <summary>A speech, report, chronicle or other document (<see cref="YearbookDocument"/>).</summary>
    Document,

    /// <summary>A numbered section of a speech or report (<see cref="YearbookSection"/>).</summary>
    Section,

    /// <summary>A month of a chronicle (<see cref="ChronicleMonth"/>).</summary>
    Month,

    /// <summary>A day entry of a chronicle (<see cref="ChronicleEntry"/>).</summary>
    Entry,

    /// <summary>A leaf: a heading line of a document, section or month.</summary>
    Heading,

    /// <summary>A leaf: the line that names the speaker, with the post printed beside the name.</summary>
    Byline,

    /// <summary>A leaf: the line that dates a document, such as <c>(2019年1月20日)</c>.</summary>
    DateLine,

    /// <summary>A leaf: a paragraph of running text.</summary>
    Paragraph,
}

/// <summary>The kind of a document.</summary>
public enum DocumentKind
{
    /// <summary>Anything else, including text that is not a yearbook.</summary>
    Other,

    /// <summary>A speech (讲话).</summary>
    Speech,

    /// <summary>A report, such as the government work report (政府工作报告).</summary>
    Report,

    /// <summary>A day-by-day chronicle (大事记).</summary>
    Chronicle,
}
