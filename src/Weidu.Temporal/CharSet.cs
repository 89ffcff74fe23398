namespace Weidu.Temporal;

/// <summary>A set of UTF-16 code units as a 64 Kbit table: one load and a mask per test.</summary>
internal sealed class CharSet
{
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

    public CharSet(IEnumerable<char> chars)
    {
        foreach (var c in chars)
        {
            _bits[c >> 6] |= 1UL << c;
        }
    }

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;

    /// <summary>The first position at or after <paramref name="start"/> whose character is in the set, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text, int start)
    {
        // The test is written out rather than calling Contains, so that even unoptimised (tier-0) code makes no call per character.
        var bits = _bits;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if ((bits[c >> 6] & (1UL << c)) != 0)
            {
                return i;
            }
        }

        return -1;
    }
}
