using Weidu.Core;

namespace Weidu.Tokenization;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>A Chinese word (or another script's word), from the lexicon, a user dictionary or the unknown-word model.</summary>
    Word,

    /// <summary>A number, with its unit when it has one: 2019年, 二○一九年, 3.65万元, 55.02%, 第一, （一）.</summary>
    Number,

    /// <summary>A run of Latin letters and digits, such as PM2.5, 5G or GDP.</summary>
    Latin,

    /// <summary>A punctuation mark (one character, or a run of …… or ——).</summary>
    Punctuation,

    /// <summary>A run of whitespace on one line, or one line break (<c>\n</c>, <c>\r</c> or <c>\r\n</c>).</summary>
    Whitespace,

    /// <summary>Any other character: symbols, emoji, control characters, unpaired surrogates.</summary>
    Symbol,
}

/// <summary>
/// One token: its UTF-16 span in the tokenized text, its part-of-speech tag and its kind.
/// The tokens of a text cover it exactly, in order, with no gaps or overlaps, and none ends inside an
/// extended grapheme cluster (👨‍👩‍👧, 🇨🇳, ❤️, 👍🏽, 1️⃣, a letter and its combining accent): such a
/// cluster's token has the kind of its first character. Only whitespace, always a token of its own,
/// parts a cluster (a space and a combining mark after it), as does the 4,096-code-unit limit of a
/// run of text without whitespace, which only a single longer cluster reaches.
/// </summary>
/// <param name="Span">Where the token is, in UTF-16 code units of the tokenized text.</param>
/// <param name="Tag">
/// The part-of-speech tag, from the PKU/ICTCLAS tag set of jieba's dictionary (<c>n</c>, <c>v</c>,
/// <c>nr</c>, <c>ns</c>, <c>nt</c>, <c>m</c>, <c>t</c>, …), plus <c>w</c> for punctuation, <c>eng</c> for
/// Latin runs and <c>x</c> for whitespace, symbols and characters no model knows.
/// </param>
/// <param name="Kind">What the token is made of.</param>
public readonly record struct Token(TextSpan Span, string Tag, TokenKind Kind)
{
    /// <summary>The token's first code unit.</summary>
    public int Start => Span.Start;

    /// <summary>The code unit just past the token.</summary>
    public int End => Span.End;

    /// <summary>The token's text in the text it was made from (the same span that was tokenized, or the whole <see cref="SourceText"/>).</summary>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> text) => text.Slice(Span.Start, Span.Length);

    /// <summary>The token's text in the <see cref="SourceText"/> it was made from.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string GetText(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToString(Span);
    }
}

/// <summary>Which segmentation convention to follow.</summary>
public enum SegmentationStandard
{
    /// <summary>
    /// What users of this SDK want: person names, dates (2019年3月5日) and numbers with their units
    /// (3.65万元, 40多天) stay whole, as do ordinals (第一) and list markers (（一）).
    /// </summary>
    Default,

    /// <summary>
    /// Peking University's convention (SIGHAN PKU, People's Daily 1998): a Chinese name is split into
    /// surname and given name (江 泽民), a date into its parts (1998年 / 1月 / 1日), a number from its
    /// measure word (3 个), and a list marker into its characters.
    /// </summary>
    Pku,

    /// <summary>
    /// Microsoft Research's convention (SIGHAN MSR): names, whole dates (一九九八年一月) and numbers stay
    /// whole; a list marker is split into its characters.
    /// </summary>
    Msr,
}

/// <summary>A word's entry in a lexicon: how often it occurs and its part-of-speech tag.</summary>
/// <param name="Frequency">Its count in the lexicon's source corpus (jieba's dictionary); 0 for a word a user dictionary removes.</param>
/// <param name="Tag">Its part-of-speech tag.</param>
public readonly record struct LexiconEntry(int Frequency, string Tag);
