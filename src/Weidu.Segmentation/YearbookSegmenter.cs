using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>
/// Turns a yearbook text into a lossless document tree: Corpus &gt; Document (speech, report, chronicle, other)
/// &gt; Section &gt; Paragraph, and Chronicle &gt; Month &gt; Entry, repairing OCR damage as trivia. Text that is not a
/// yearbook becomes one document of paragraphs. Immutable and thread-safe.
/// </summary>
public sealed class YearbookSegmenter
{
    private readonly int? _year;

    /// <summary>Creates a segmenter.</summary>
    /// <param name="options">The options; the defaults when <see langword="null"/>. They are read once, here.</param>
    public YearbookSegmenter(YearbookSegmenterOptions? options = null) => _year = options?.Year;

    /// <summary>Segments a whole text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="path">The file the text came from, for diagnostics.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public YearbookTree Segment(SourceText text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new YearbookBuilder(text.AsMemory(), _year, path);
        var documents = builder.Build().ToArray<YearbookNode>();
        var corpus = new YearbookCorpus(text.AsMemory(), new EquatableArray<YearbookNode>(documents));
        return new YearbookTree(text, corpus, builder.Year, builder.Diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Yields the documents one by one as the scan completes them, without building the corpus; each is the
    /// same value <see cref="Segment"/> would put in the tree. Positions follow from the documents' lengths.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="diagnostics">Receives the diagnostics of each document as it is yielded, and those of the whole text at the end.</param>
    /// <param name="path">The file the text came from, for diagnostics.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IEnumerable<YearbookDocument> EnumerateDocuments(SourceText text, DiagnosticBag? diagnostics = null, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enumerate(new YearbookBuilder(text.AsMemory(), _year, path), diagnostics);
    }

    private static IEnumerable<YearbookDocument> Enumerate(YearbookBuilder builder, DiagnosticBag? diagnostics)
    {
        var reported = 0;
        foreach (var document in builder.Build())
        {
            reported = Report(builder, diagnostics, reported);
            yield return document;
        }

        Report(builder, diagnostics, reported);
    }

    private static int Report(YearbookBuilder builder, DiagnosticBag? diagnostics, int reported)
    {
        for (; reported < builder.Diagnostics.Count; reported++)
        {
            diagnostics?.Add(builder.Diagnostics[reported]);
        }

        return reported;
    }
}
