namespace Weidu.Pipeline.BuiltIns;

/// <summary>
/// A 1,024-bit Bloom filter of the characters of a text: a name whose characters are not all in it cannot occur in
/// the text, whatever whitespace the text puts between them. One text of a few hundred distinct characters sets about
/// a quarter of the bits, so most texts rule a two- or three-character name out without a search.
/// </summary>
internal sealed class CharacterSignature
{
    private const int Words = 16;

    private readonly ulong[] _bits = new ulong[Words];

    private CharacterSignature()
    {
    }

    /// <summary>The signature of <paramref name="text"/>.</summary>
    public static CharacterSignature Of(ReadOnlySpan<char> text)
    {
        var signature = new CharacterSignature();
        foreach (var c in text)
        {
            var bit = Bit(c);
            signature._bits[bit >> 6] |= 1UL << bit;
        }

        return signature;
    }

    /// <summary>Whether every character of <paramref name="name"/> other than whitespace may be in the text.</summary>
    public bool MayContainAll(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            var bit = Bit(c);
            if (!char.IsWhiteSpace(c) && (_bits[bit >> 6] & (1UL << bit)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether some name in <paramref name="names"/> may occur in the text.</summary>
    public bool MayContainAny(IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (MayContainAll(names[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Fibonacci hashing spreads the CJK block, whose code points run in order, over all 1,024 bits.
    private static int Bit(char c) => (int)((c * 0x9E3779B1u) >> 22);
}
