namespace Weidu.Tokenization.Lexicon;

/// <summary>
/// The layout of the compiled lexicon (little-endian), shared by the build-time compiler and the loader:
/// <code>
/// header   int magic, int version, long totalFrequency
/// tags     int count, then each tag as a length-prefixed UTF-8 string
/// codes    ushort[65536]: the trie code of each UTF-16 unit (0 = not in any word)
/// trie     int unitCount, then (int base, int check) × unitCount: a double array whose root is unit 0;
///          a node's base is (offset &lt;&lt; 1) | (1 when a word ends there), and the end-of-word slot
///          at offset + 0 (code 0) holds -(entry + 1)
/// entries  int count, int[count] frequency, float[count] ln(frequency / total), byte[count] tag index
/// hmm      double[4] start, double[16] transition, int count, then (char, byte state, double logP) × count
/// names    int count, then (char, float logP) × count for surnames; the same for given-name characters
/// folding  int count, then (char traditional, char simplified) × count
/// </code>
/// </summary>
internal static class LexiconFormat
{
    public const int Magic = 0x584C4457; // "WDLX"

    public const int Version = 3;

    public const int AlphabetSize = 65536;

    /// <summary>The HMM states in table order: Begin, Middle, End and Single character of a word.</summary>
    public const int StateCount = 4;
}
