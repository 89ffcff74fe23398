namespace Weidu.Tokenization.Lexicon;

/// <summary>
/// The layout of the compiled lexicon (little-endian), shared by the build-time compiler and the loader:
/// <code>
/// header   int magic, int version, long totalFrequency
/// tags     int count, then each tag as a length-prefixed UTF-8 string
/// codes    ushort[65536]: the trie code of each UTF-16 unit (0 = not in any word)
/// trie     int unitCount, then (int base, int check, float logP, int word) × unitCount: a double array
///          whose root is unit 0; a node's base is (offset &lt;&lt; 1) | (1 when a word ends there), and
///          then logP = ln(frequency / total) and word = entry &lt;&lt; 8 | tag index of that word; a node
///          with no child but its end-of-word slot has offset <see cref="LeafOffset"/>
/// entries  int count, int[count] frequency
/// hmm      double[4] start, double[16] transition, int rowCount, ushort[65536] row of each character
///          (0 = unknown to the model), double[rowCount × 4] ln P(character | state) by row
/// names    int count, ushort[count] characters, float[count] ln P, for surnames; the same for
///          given-name characters
/// folding  int count, ushort[count] traditional characters, ushort[count] their simplified forms
/// translit int count, ushort[count] the characters transliterated foreign names are made of, ascending
/// </code>
/// </summary>
internal static class LexiconFormat
{
    public const int Magic = 0x584C4457; // "WDLX"

    public const int Version = 8;

    /// <summary>
    /// The offset of a node that no longer word goes on from: with any code it points past the end of
    /// the trie, so a walk stops at the bounds check without reading another unit.
    /// </summary>
    public const int LeafOffset = 1 << 29;

    /// <summary>
    /// The longest word, in UTF-16 units, the lexicon may hold (jieba's longest has 16): the walks over
    /// a run take at most this many rounds, and a match keeps its length in a byte. The compiler
    /// refuses a longer word.
    /// </summary>
    public const int MaxWordLength = 16;

    /// <summary>
    /// The most words one path from the root passes (a word and those of its prefixes that are words;
    /// jieba has at most 7, as 加利福尼亚州大学): the words that start at one position of a text. The
    /// compiler refuses a lexicon with more.
    /// </summary>
    public const int MaxWordsOnOnePath = 8;

    public const int AlphabetSize = 65536;

    /// <summary>jieba's log probability of the impossible (a state no word starts in, a character a state never emits).</summary>
    public const double MinLogProbability = -3.14e100;

    /// <summary>The HMM states in table order: Begin, Middle, End and Single character of a word.</summary>
    public const int StateCount = 4;
}
