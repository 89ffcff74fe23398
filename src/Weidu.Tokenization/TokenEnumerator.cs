using Weidu.Core;

namespace Weidu.Tokenization;

/// <summary>
/// Enumerates the tokens of a caller's buffer without allocating per token (or, once a thread has
/// warmed up, at all). Use it with <c>foreach</c>, which disposes it and returns its buffers.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly Segmenter _segmenter;
    private readonly UserDictionary _overlay;
    private readonly int _offset;
    private SegmenterScratch? _scratch;
    private int _position;
    private int _index;

    internal TokenEnumerator(ReadOnlySpan<char> text, int offset, Segmenter segmenter, UserDictionary overlay)
    {
        _text = text;
        _offset = offset;
        _segmenter = segmenter;
        _overlay = overlay;
        _scratch = null;
        _position = 0;
        _index = 0;
        Current = default;
    }

    /// <summary>The current token; its span is relative to the enumerated text plus the offset given, if any.</summary>
    public Token Current { readonly get; private set; }

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next token.</summary>
    public bool MoveNext()
    {
        _scratch ??= SegmenterScratch.Rent();
        while (_index >= _scratch.TokenCount)
        {
            if (_position >= _text.Length)
            {
                return false;
            }

            _scratch.TokenCount = 0;
            _index = 0;
            _position = _segmenter.TokenizeBlock(_text, _position, _offset, _overlay, _scratch);
        }

        var token = _scratch.Tokens[_index++];
        Current = new Token(TextSpan.FromBounds(token.Start, token.End), _segmenter.TagOf(token.Tag, _scratch), token.Kind);
        return true;
    }

    /// <summary>Returns the working buffers to the thread's cache.</summary>
    public void Dispose()
    {
        if (_scratch is not null)
        {
            SegmenterScratch.Return(_scratch);
            _scratch = null;
        }
    }
}
