using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Weidu.Entities;

/// <summary>
/// Where in a text each of several gates may open: a gate is a set of words (and of single characters), and it may open
/// at a position when one of its words may start there. One pass over a text writes every gate's bit for every position
/// from two tables built once (one read by the character, one by a hash of the character and the next), so that a
/// grammar whose first condition is "a word of this set starts here" visits only the positions whose bit is set,
/// skipping the others several at a time (<see cref="NextAt"/>), instead of asking its own filters at every position.
/// </summary>
/// <remarks>
/// A bit may be set where no word starts (two pairs may share a hash), never clear where one does: a grammar still
/// asks its own question where the gate is open, so what it finds is what it found visiting every position.
/// </remarks>
internal sealed class PositionGates
{
    /// <summary>The most gates one table holds: a bit each of a <see cref="ushort"/>.</summary>
    public const int MaxGates = 16;

    /// <summary>
    /// The most gates with words of two or more characters: the first eight, a byte of the pairs' table each, so that
    /// the table (read at a hashed, so random, entry for every position) takes 64 KB of the cache rather than 128.
    /// </summary>
    public const int MaxWordGates = 8;

    // Indexed by the character: the gates with a one-character word that is the character.
    private readonly ushort[] _singles = new ushort[char.MaxValue + 1];

    // Indexed by a hash of a position's first two characters: the gates with a longer word that may begin with them.
    private readonly byte[] _pairs = new byte[1 << 16];

    /// <summary>
    /// Builds the tables for <paramref name="gates"/>, gate k opening where one of its words starts or where a character
    /// its test accepts stands.
    /// </summary>
    public PositionGates(IReadOnlyList<(IEnumerable<string> Words, Func<char, bool>? Characters)> gates)
    {
        if (gates.Count > MaxGates)
        {
            throw new ArgumentException($"A table holds at most {MaxGates} gates.", nameof(gates));
        }

        for (var gate = 0; gate < gates.Count; gate++)
        {
            var bit = (ushort)(1 << gate);
            foreach (var word in gates[gate].Words)
            {
                if (word.Length == 1)
                {
                    _singles[word[0]] |= bit;
                }
                else if (word.Length > 1)
                {
                    if (gate >= MaxWordGates)
                    {
                        throw new ArgumentException($"Only the first {MaxWordGates} gates may have words of two or more characters.", nameof(gates));
                    }

                    _pairs[PairHash(word[0], word[1])] |= (byte)bit;
                }
            }

            if (gates[gate].Characters is { } test)
            {
                for (var c = 0; c <= char.MaxValue; c++)
                {
                    if (test((char)c))
                    {
                        _singles[c] |= bit;
                    }
                }
            }
        }
    }

    /// <summary>Writes the gates that may open at each position of <paramref name="text"/> to <paramref name="gates"/>.</summary>
    public void Fill(ReadOnlySpan<char> text, Span<ushort> gates)
    {
        if (text.IsEmpty)
        {
            return;
        }

        // Indexed without bounds checks, which the compiler cannot drop here: a character and a 16-bit hash are always
        // inside the 65,536 entries of each table, and the loop stays inside the text and the gates.
        gates = gates[..text.Length];
        ref var singles = ref MemoryMarshal.GetArrayDataReference(_singles);
        ref var pairs = ref MemoryMarshal.GetArrayDataReference(_pairs);
        ref var written = ref MemoryMarshal.GetReference(gates);
        ref var read = ref MemoryMarshal.GetReference(text);
        var last = text.Length - 1;
        var current = read;
        for (var i = 0; i < last; i++)
        {
            var next = Unsafe.Add(ref read, i + 1);
            Unsafe.Add(ref written, i) = (ushort)(Unsafe.Add(ref singles, current) | Unsafe.Add(ref pairs, PairHash(current, next)));
            current = next;
        }

        Unsafe.Add(ref written, last) = Unsafe.Add(ref singles, current);
    }

    /// <summary>
    /// The first position at or after <paramref name="from"/> where one of the gates in <paramref name="mask"/> may open,
    /// or the length of <paramref name="gates"/> when there is none.
    /// </summary>
    public static int NextAt(ReadOnlySpan<ushort> gates, ushort mask, int from)
    {
        var i = from;
        if (Vector128.IsHardwareAccelerated)
        {
            var masks = Vector128.Create(mask);
            ref var first = ref MemoryMarshal.GetReference(gates);
            for (; i + Vector128<ushort>.Count <= gates.Length; i += Vector128<ushort>.Count)
            {
                var open = ~Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)i) & masks, Vector128<ushort>.Zero);
                if (open != Vector128<ushort>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(open.ExtractMostSignificantBits());
                }
            }
        }

        for (; i < gates.Length; i++)
        {
            if ((gates[i] & mask) != 0)
            {
                return i;
            }
        }

        return gates.Length;
    }

    private static int PairHash(char first, char second) => (int)((((uint)first << 16) | second) * 0x9E3779B1u >> 16);
}
