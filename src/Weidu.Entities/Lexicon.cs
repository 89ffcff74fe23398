using Weidu.Tokenization;

namespace Weidu.Entities;

/// <summary>
/// The word lexicon the grammars consult to find where words begin and end: the tokenizer's (jieba's dictionary with
/// its part-of-speech tags, plus the user's words). A sealed class rather than an interface, since the grammars ask
/// it at almost every position and a call through an interface cannot be inlined.
/// </summary>
internal sealed class TokenizerLexicon(ChineseTokenizer tokenizer)
{
    /// <summary>
    /// The longest word the boundary questions consider: a name's neighbours are short words, and longer idioms are
    /// never crossed by names.
    /// </summary>
    public int MaxWordLength => 4;

    /// <summary>The tokenizer the lexicon is read from, for the grammars that weigh its segmentation of a span.</summary>
    public ChineseTokenizer Tokenizer => tokenizer;

    /// <summary>Finds <paramref name="word"/>: its corpus frequency and its part-of-speech tag (nr, ns, nt, n, v …).</summary>
    public bool TryGetWord(ReadOnlySpan<char> word, out int frequency, out string tag)
    {
        if (tokenizer.TryGetWord(word, out var entry))
        {
            (frequency, tag) = entry;
            return true;
        }

        frequency = 0;
        tag = string.Empty;
        return false;
    }

    /// <summary>Whether <paramref name="word"/> is a word of two or more characters.</summary>
    public bool IsWord(ReadOnlySpan<char> word) => word.Length >= 2 && TryGetWord(word, out _, out _);

    /// <summary>Whether a word of two or more characters starts at <paramref name="position"/>.</summary>
    public bool StartsWord(string text, int position)
    {
        for (var length = 2; length <= MaxWordLength && position + length <= text.Length; length++)
        {
            if (IsWord(text.AsSpan(position, length)))
            {
                return true;
            }
        }

        return false;
    }
}
