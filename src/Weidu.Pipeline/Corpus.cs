using System.Collections.Immutable;
using Weidu.Core;

namespace Weidu.Pipeline;

/// <summary>A document of a <see cref="Corpus"/>: its id and its text.</summary>
/// <param name="Id">The id, unique in the corpus (a file name, a URL…).</param>
/// <param name="Text">The text.</param>
public sealed record CorpusDocument(string Id, SourceText Text);

/// <summary>
/// An immutable set of documents, in the order they were added: the input of <see cref="CorpusDriver.Run(Corpus, CancellationToken)"/>.
/// Every change returns a new corpus that shares the unchanged documents with this one.
/// </summary>
public sealed class Corpus
{
    private static readonly Corpus EmptyCorpus = new(ImmutableList<string>.Empty, ImmutableDictionary<string, CorpusDocument>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableList<string> _order;
    private readonly ImmutableDictionary<string, CorpusDocument> _documents;

    private Corpus(ImmutableList<string> order, ImmutableDictionary<string, CorpusDocument> documents)
    {
        _order = order;
        _documents = documents;
    }

    /// <summary>The number of documents.</summary>
    public int Count => _order.Count;

    /// <summary>The documents, in the order they were added.</summary>
    public IEnumerable<CorpusDocument> Documents => _order.Select(id => _documents[id]);

    /// <summary>An empty corpus.</summary>
    public static Corpus Create() => EmptyCorpus;

    /// <summary>The document with <paramref name="id"/>, if there is one.</summary>
    public bool TryGetDocument(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CorpusDocument? document) =>
        _documents.TryGetValue(id, out document);

    /// <summary>Adds a document at the end.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or already in the corpus.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Corpus AddDocument(string id, SourceText text)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(text);
        if (_documents.ContainsKey(id))
        {
            throw new ArgumentException($"The corpus already has a document '{id}'.", nameof(id));
        }

        return new Corpus(_order.Add(id), _documents.Add(id, new CorpusDocument(id, text)));
    }

    /// <summary>Removes a document.</summary>
    /// <exception cref="ArgumentException">There is no document <paramref name="id"/>.</exception>
    public Corpus RemoveDocument(string id)
    {
        Get(id);
        return new Corpus(_order.Remove(id, StringComparer.Ordinal), _documents.Remove(id));
    }

    /// <summary>Applies <paramref name="changes"/> (in the document's current positions) to a document's text.</summary>
    /// <exception cref="ArgumentException">There is no document <paramref name="id"/>, or two changes overlap.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A change lies outside the text.</exception>
    public Corpus WithChangedText(string id, params TextChange[] changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return WithDocumentText(id, Get(id).Text.WithChanges(changes));
    }

    /// <summary>Replaces a document's text.</summary>
    /// <exception cref="ArgumentException">There is no document <paramref name="id"/>.</exception>
    public Corpus WithDocumentText(string id, SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = Get(id);
        return new Corpus(_order, _documents.SetItem(id, document with { Text = text }));
    }

    private CorpusDocument Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _documents.TryGetValue(id, out var document)
            ? document
            : throw new ArgumentException($"The corpus has no document '{id}'.", nameof(id));
    }
}
