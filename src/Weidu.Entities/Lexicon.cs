using Weidu.Tokenization;

namespace Weidu.Entities;

/// <summary>The word lexicon the grammars consult to find where words begin and end.</summary>
internal interface ILexicon
{
    /// <summary>Finds <paramref name="word"/>: its corpus frequency and its part-of-speech tag (nr, ns, nt, n, v …).</summary>
    bool TryGetWord(ReadOnlySpan<char> word, out int frequency, out string tag);

    /// <summary>The longest word length the lexicon holds.</summary>
    int MaxWordLength { get; }
}

/// <summary>Boundary questions answered from <see cref="ILexicon.TryGetWord"/>.</summary>
internal static class LexiconExtensions
{
    /// <summary>Whether <paramref name="word"/> is a word of two or more characters.</summary>
    public static bool IsWord(this ILexicon lexicon, ReadOnlySpan<char> word) => word.Length >= 2 && lexicon.TryGetWord(word, out _, out _);

    /// <summary>Whether a word of two or more characters starts at <paramref name="position"/>.</summary>
    public static bool StartsWord(this ILexicon lexicon, string text, int position)
    {
        for (var length = 2; length <= lexicon.MaxWordLength && position + length <= text.Length; length++)
        {
            if (lexicon.IsWord(text.AsSpan(position, length)))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The tokenizer's lexicon (jieba's dictionary with its part-of-speech tags, plus the user's words).</summary>
internal sealed class TokenizerLexicon(ChineseTokenizer tokenizer) : ILexicon
{
    // Boundary questions only need words as long as a name's neighbours; longer idioms are never crossed by names.
    public int MaxWordLength => 4;

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
}
