using System.Buffers;
using Weidu.Core;
using Weidu.Tokenization.Lexicon;

namespace Weidu.Tokenization;

/// <summary>
/// A Chinese word segmenter with part-of-speech tags. Immutable once built and safe to share across
/// threads; the lexicon (jieba's dictionary, compiled into this assembly) loads once per process.
/// </summary>
/// <example>
/// <code>
/// var tokenizer = ChineseTokenizer.Create();
/// foreach (var token in tokenizer.Tokenize("2019年，申健民到二○一九年的会上讲话。"))
///     Console.WriteLine($"{token.Span} {token.Tag} {token.Kind}");
/// </code>
/// </example>
public sealed class ChineseTokenizer
{
    private static readonly Lazy<ChineseTokenizer> DefaultInstance = new(() => Create());

    // Tokens gathered before the buffer first grows: a paragraph's worth; a giant line grows it by doubling.
    private const int InitialBufferLength = 1024;

    private readonly Segmenter _segmenter;

    private ChineseTokenizer(Segmenter segmenter) => _segmenter = segmenter;

    /// <summary>A shared tokenizer with the default options.</summary>
    public static ChineseTokenizer Default => DefaultInstance.Value;

    /// <summary>The segmentation convention it follows.</summary>
    public SegmentationStandard Standard => _segmenter.Standard;

    /// <summary>The user words laid over the lexicon for every call.</summary>
    public UserDictionary UserDictionary => _segmenter.UserDictionary;

    /// <summary>Whether the character HMM finds unknown words.</summary>
    public bool UseUnknownWordModel => _segmenter.UseUnknownWordModel;

    /// <summary>
    /// Builds a tokenizer. User-dictionary files that cannot be read, and lines that do not parse,
    /// are reported to <paramref name="diagnostics"/> (WD1001, WD1002) and skipped.
    /// </summary>
    public static ChineseTokenizer Create(ChineseTokenizerOptions? options = null, DiagnosticBag? diagnostics = null)
    {
        options ??= new ChineseTokenizerOptions();
        var words = UserDictionary.Empty;
        foreach (var path in options.UserDictionaries)
        {
            words = words.Merge(UserDictionary.Load(path, diagnostics));
        }

        words = words.Merge(options.UserWords ?? UserDictionary.Empty);
        return new ChineseTokenizer(new Segmenter(CompiledLexicon.Shared, options.Standard, options.UseUnknownWordModel, words));
    }

    /// <summary>A tokenizer like this one with other user words (the lexicon is shared, not copied).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="userDictionary"/> is null.</exception>
    public ChineseTokenizer WithUserDictionary(UserDictionary userDictionary)
    {
        ArgumentNullException.ThrowIfNull(userDictionary);
        return new ChineseTokenizer(new Segmenter(_segmenter.Lexicon, Standard, UseUnknownWordModel, userDictionary));
    }

    /// <summary>A tokenizer like this one that follows another standard.</summary>
    public ChineseTokenizer WithStandard(SegmentationStandard standard) =>
        standard == Standard ? this : new ChineseTokenizer(new Segmenter(_segmenter.Lexicon, standard, UseUnknownWordModel, UserDictionary));

    /// <summary>Tokenizes a text: the tokens cover it exactly, in order, with spans relative to it.</summary>
    public EquatableArray<Token> Tokenize(ReadOnlySpan<char> text) => Tokenize(text, 0, UserDictionary.Empty);

    /// <summary>Tokenizes a text with extra user words for this call only (an entity tagger's names, say).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="overlay"/> is null.</exception>
    public EquatableArray<Token> Tokenize(ReadOnlySpan<char> text, UserDictionary overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        return Tokenize(text, 0, overlay);
    }

    /// <summary>Tokenizes a span of a source text; token spans are positions in <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> is not inside the text.</exception>
    public EquatableArray<Token> Tokenize(SourceText text, TextSpan span) => Tokenize(text, span, UserDictionary.Empty);

    /// <summary>Tokenizes a span of a source text with extra user words for this call only.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="overlay"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> is not inside the text.</exception>
    public EquatableArray<Token> Tokenize(SourceText text, TextSpan span, UserDictionary overlay)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(overlay);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, text.Length, nameof(span));
        return Tokenize(text.AsSpan(span), span.Start, overlay);
    }

    /// <summary>
    /// Enumerates the tokens of a caller's buffer without allocating per token; spans are relative to
    /// <paramref name="text"/>. For hot loops: <c>foreach (var token in tokenizer.EnumerateTokens(buffer))</c>.
    /// </summary>
    public TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text) => new(text, 0, _segmenter, UserDictionary.Empty);

    /// <summary>Enumerates tokens with extra user words for this call only.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="overlay"/> is null.</exception>
    public TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text, UserDictionary overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        return new TokenEnumerator(text, 0, _segmenter, overlay);
    }

    /// <summary>
    /// Looks a word up in this tokenizer's user words, then in the lexicon: its frequency and tag.
    /// A word the user words remove is found with frequency 0.
    /// </summary>
    public bool TryGetWord(ReadOnlySpan<char> word, out LexiconEntry entry)
    {
        if (UserDictionary.TryGetWord(word, out entry))
        {
            return true;
        }

        return _segmenter.Lexicon.TryGetWord(word, out entry);
    }

    /// <summary>Whether a word of two or three Han characters reads as a Chinese personal name (a common surname, name characters).</summary>
    public bool LooksLikePersonName(ReadOnlySpan<char> word) => _segmenter.LooksLikeName(word);

    private EquatableArray<Token> Tokenize(ReadOnlySpan<char> text, int offset, UserDictionary overlay)
    {
        if (text.IsEmpty)
        {
            return EquatableArray<Token>.Empty;
        }

        // Gathered in a pooled buffer and copied out at their exact count: a list sized from the text's length
        // allocated about as much again as the result, half of what a pipeline run allocates per byte of input.
        var pool = ArrayPool<Token>.Shared;
        var buffer = pool.Rent(Math.Min(text.Length, InitialBufferLength));
        var count = 0;
        foreach (var token in new TokenEnumerator(text, offset, _segmenter, overlay))
        {
            if (count == buffer.Length)
            {
                var larger = pool.Rent(buffer.Length * 2);
                buffer.AsSpan().CopyTo(larger);
                buffer.AsSpan().Clear();
                pool.Return(buffer);
                buffer = larger;
            }

            buffer[count++] = token;
        }

        var tokens = buffer.AsSpan(0, count).ToArray();
        buffer.AsSpan(0, count).Clear();
        pool.Return(buffer);
        return new EquatableArray<Token>(tokens);
    }
}
