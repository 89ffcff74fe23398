using Weidu.Core;
using Weidu.Entities;
using Weidu.Segmentation;
using Weidu.Temporal;
using Weidu.Tokenization;

namespace Weidu.Pipeline;

/// <summary>What a <see cref="CorpusItem"/> is.</summary>
public enum CorpusItemKind
{
    /// <summary>A paragraph of a speech, a report or any other document.</summary>
    Paragraph,

    /// <summary>A chronicle (大事记) entry, with its day marker.</summary>
    ChronicleEntry,
}

/// <summary>A document of the corpus as the segmentation stage read it.</summary>
/// <param name="DocumentId">The corpus document id.</param>
/// <param name="Tree">The document tree.</param>
public sealed record SegmentedDocument(string DocumentId, YearbookTree Tree)
{
    /// <summary>Equal when the ids, the trees' nodes, the years and the diagnostics are equal.</summary>
    public bool Equals(SegmentedDocument? other) =>
        other is not null &&
        (ReferenceEquals(this, other) ||
         (string.Equals(DocumentId, other.DocumentId, StringComparison.Ordinal) &&
          Tree.Year == other.Tree.Year &&
          Tree.Diagnostics.Equals(other.Tree.Diagnostics) &&
          Tree.Corpus.Equals(other.Tree.Corpus)));

    /// <summary>A hash of the id and the tree's root.</summary>
    public override int GetHashCode() => HashCode.Combine(DocumentId, Tree.Corpus);
}

/// <summary>
/// A paragraph or a chronicle entry: the unit the built-in per-item steps analyse. Items are matched across
/// runs by their <see cref="Node"/>, a value that does not include its position, so an item compares equal to
/// its previous self after an edit elsewhere except for <see cref="Span"/>.
/// </summary>
/// <param name="DocumentId">The corpus document id.</param>
/// <param name="Kind">Paragraph or chronicle entry.</param>
/// <param name="Node">The node of the document tree (a paragraph leaf or a <see cref="ChronicleEntry"/>).</param>
/// <param name="Span">The node's span in the document's text.</param>
/// <param name="Document">What the segmenter read about the item's document: kind, title, date and year.</param>
/// <param name="Date">For an entry, the date its marker resolves to (needs the temporal stage).</param>
/// <param name="PreviousEntryDate">For an entry, the resolved date of the entry before it in its chronicle: the anchor of 是日.</param>
public sealed record CorpusItem(
    string DocumentId,
    CorpusItemKind Kind,
    YearbookNode Node,
    TextSpan Span,
    DocumentContext Document,
    DateOnly? Date = null,
    DateOnly? PreviousEntryDate = null)
{
    /// <summary>The clean text (repairs applied, markup removed) that the per-item steps analyse.</summary>
    public string Text => Node.CleanText;

    /// <summary>For an entry, its day marker; otherwise <see langword="null"/>.</summary>
    public EntryMarker? Marker => (Node as ChronicleEntry)?.Marker;

    /// <summary>For an entry, its month; otherwise <see langword="null"/>.</summary>
    public int? Month => (Node as ChronicleEntry)?.Month;
}

/// <summary>What an item's document prints about itself, which the item's dates depend on.</summary>
/// <param name="Kind">Speech, report, chronicle or other.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Date">The document's date line as a date.</param>
/// <param name="Year">The year the document's dates without a year belong to.</param>
public sealed record DocumentContext(DocumentKind Kind, string? Title, DateOnly? Date, int? Year);

/// <summary>
/// Annotations of one item's clean text, with spans relative to that text. Being free of positions, these
/// values stay equal (and cached) when an edit elsewhere moves the item.
/// </summary>
/// <param name="Text">The item's clean text.</param>
/// <param name="Annotations">The annotations, with spans into <paramref name="Text"/>.</param>
public sealed record AnnotatedText<T>(string Text, EquatableArray<T> Annotations);

/// <summary>
/// A paragraph or entry with everything the built-in stages found in it, every span an absolute UTF-16 span of
/// the document's text (mapped back from the clean text through the segmenter's repairs).
/// </summary>
/// <param name="Item">The item.</param>
/// <param name="Tokens">Its words (empty without the tokenizer stage).</param>
/// <param name="TemporalMentions">Its normalised temporal expressions (empty without the temporal stage).</param>
/// <param name="EntityMentions">Its entities (empty without the entity stage).</param>
public sealed record AnalysedItem(
    CorpusItem Item,
    EquatableArray<Token> Tokens,
    EquatableArray<TemporalMention> TemporalMentions,
    EquatableArray<EntityMention> EntityMentions);
