using System.Numerics;
using System.Runtime.CompilerServices;

namespace Weidu.Entities;

/// <summary>
/// A character trie over a gazetteer's names, so that every name starting at a position is found in one walk whose
/// length is bounded by the longest name, however many names share a first character.
/// </summary>
internal sealed class NameTrie
{
    private const int MaxUnsizedTable = 4096;
    private const int MaxPairBits = 1 << 16;

    // Set in an edge's key when the node it leads to ends a name.
    private const long EndsName = 1L << 62;

    // One hash table for every edge, keyed by (node, character): a node of a name list has few children, and a
    // table per node would cost far more memory than the names. Open addressing at most half full, probed linearly:
    // a look-up is one multiplication and usually one read, which the grammars do at almost every position. A node
    // is the slot of the edge that leads to it (the root, the table's length, is none), and that edge's key says
    // whether it ends a name, so a step of a walk reads one entry of one table: no table of children, and the
    // entry index a node ends is read only where a name ends and a caller wants it.
    private readonly long[] _keys;
    private readonly int _shift;
    private readonly int _root;

    // Per slot: the entry index the node ends (where its edge's key has EndsName).
    private readonly int[] _entryAt;

    // The first characters of the names, so most positions of a text cost no hashing: a bit per character, folded
    // onto at least 64 bits per name, so few characters pass that start no name. A long list gets one bit for every
    // character; a short one, as a gazetteer restricted to one paragraph is, a few words, since zeroing 8 KB for each
    // such trie cost more than its look-ups.
    private readonly ulong[] _firsts;
    private readonly int _firstsMask;

    // The first two characters of the names too, a bit per hashed pair, sized to the names as the first characters'
    // bits are: most characters start some name of the lexicon's thousands, and the common ones start some word of
    // most lists, but few pairs do, and a walk's first steps are its cache misses. A one-character name is still
    // found where no pair matches.
    private readonly ulong[] _pairs;
    private readonly int _pairsMask;
    private readonly bool _hasSingles;

    public NameTrie(IReadOnlyList<string> names)
    {
        // Sized for the most edges the names can have (one per character) and filled in place: a gazetteer
        // restricted to one paragraph builds a trie per paragraph, and a dictionary of edges first cost more than
        // the walks.
        var characters = 0;
        foreach (var name in names)
        {
            characters += name.Length;
        }

        _firsts = new ulong[(int)Math.Min(1024, BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, names.Count)))];
        _firstsMask = (_firsts.Length * 64) - 1;
        _pairs = new ulong[(int)Math.Min(MaxPairBits / 64, BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, names.Count)))];
        _pairsMask = (_pairs.Length * 64) - 1;
        for (var index = 0; index < names.Count; index++)
        {
            if (names[index].Length > 0)
            {
                var bit = names[index][0] & _firstsMask;
                _firsts[bit >> 6] |= 1UL << bit;
                if (names[index].Length >= 2)
                {
                    var pair = PairBit(names[index][0], names[index][1]) & _pairsMask;
                    _pairs[pair >> 6] |= 1UL << pair;
                }

                _hasSingles |= names[index].Length == 1;
            }
        }

        (_keys, _shift) = EmptyTable(characters);
        _entryAt = new int[_keys.Length];
        var edges = Fill(names, _keys, _shift, _entryAt);

        // Names that share prefixes have fewer edges than characters: a long list's table is made again at the size
        // its edges need, so that its walks touch no more cache lines than they must. A short list's stays. The
        // names are put in again, since a node is its slot.
        if (_keys.Length > MaxUnsizedTable && ShiftFor(edges) != _shift)
        {
            (_keys, _shift) = EmptyTable(edges);
            _entryAt = new int[_keys.Length];
            Fill(names, _keys, _shift, _entryAt);
        }

        _root = _keys.Length;
    }

    // Puts the names' edges in an empty table, each node the slot of its edge; returns how many edges there are.
    private static int Fill(IReadOnlyList<string> names, long[] keys, int shift, int[] entryAt)
    {
        var edges = 0;
        for (var index = 0; index < names.Count; index++)
        {
            var node = keys.Length;
            foreach (var c in names[index])
            {
                var key = Key(node, c);
                var slot = SlotOf(keys, key, shift);
                if (keys[slot] < 0)
                {
                    keys[slot] = key;
                    edges++;
                }

                node = slot;
            }

            if (node < keys.Length)
            {
                keys[node] |= EndsName;
                entryAt[node] = index;
            }
        }

        return edges;
    }

    // A table at most half full for that many edges: 2^(64 - shift) slots.
    private static int ShiftFor(int edges) => Math.Min(63, BitOperations.LeadingZeroCount((ulong)edges * 2));

    private static (long[] Keys, int Shift) EmptyTable(int edges)
    {
        var shift = ShiftFor(edges);
        var keys = new long[1 << (64 - shift)];
        keys.AsSpan().Fill(-1);
        return (keys, shift);
    }

    /// <summary>
    /// The indices of the names that start <paramref name="text"/>, shortest first, found one at a time, so a caller
    /// that has what it needs stops the walk.
    /// </summary>
    public MatchEnumerator MatchesAt(ReadOnlySpan<char> text) => new(this, text);

    /// <summary>
    /// The index of the longest name that starts <paramref name="text"/> (or, with <paramref name="backward"/>, ends it,
    /// for a trie made of reversed names), or -1. One loop, no enumerator: the grammars ask this at almost every
    /// position of a text, of dozens of word lists.
    /// </summary>
    public int LongestMatch(ReadOnlySpan<char> text, bool backward)
    {
        var longest = new LongestSink(-1);
        Walk(text, backward, ref longest);
        return longest.Node < 0 ? -1 : _entryAt[longest.Node];
    }

    /// <summary>
    /// The length of the longest name that starts <paramref name="text"/> (or ends it, as <see cref="LongestMatch"/>
    /// reads <paramref name="backward"/>), or 0: how far the walk went, so no entry is looked up.
    /// </summary>
    public int LongestLength(ReadOnlySpan<char> text, bool backward)
    {
        var longest = new LongestSink(-1);
        Walk(text, backward, ref longest);
        return longest.Length;
    }

    /// <summary>
    /// Whether a name may start <paramref name="text"/> (or, with <paramref name="backward"/>, end it, for a trie made of
    /// reversed names): false when none can, by the filters on the first characters alone, with no walk.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayMatch(ReadOnlySpan<char> text, bool backward) => Reach(text, backward) > 0;

    /// <summary>
    /// The first position at or after <paramref name="from"/> where a name may start <paramref name="text"/>[position..]
    /// by the filters (as <see cref="MayMatch"/> says, forward), or the text's length: a gazetteer is searched at every
    /// position of a text, and most positions pass no filter.
    /// </summary>
    public int NextMayStart(ReadOnlySpan<char> text, int from)
    {
        for (var position = from; position < text.Length; position++)
        {
            if (MayStartName(text[position]) && (_hasSingles || (position + 1 < text.Length && MayStartPair(text[position], text[position + 1]))))
            {
                return position;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// For a trie made of reversed names: writes the lengths of the names that end <paramref name="text"/>, longest
    /// first, to <paramref name="lengths"/> and returns how many; when there are more than it holds, the longest. A
    /// name's length is how far the walk went, so no entry is looked up.
    /// </summary>
    public int SuffixLengths(ReadOnlySpan<char> text, Span<int> lengths)
    {
        var reach = lengths.IsEmpty ? 0 : Reach(text, backward: true);
        var count = 0;
        var node = _root;
        for (var walked = 1; walked <= reach && TryGetChild(node, text[^walked], out node); walked++)
        {
            if (EndsAt(node))
            {
                // Found shortest first: each name goes in front, and the shortest drops out of a full span.
                count = Math.Min(count + 1, lengths.Length);
                lengths[..(count - 1)].CopyTo(lengths[1..]);
                lengths[0] = walked;
            }
        }

        return count;
    }

    // Generic over the sink so that each caller gets its own compiled loop with the sink's method inlined.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Walk<TSink>(ReadOnlySpan<char> text, bool backward, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var reach = Reach(text, backward);
        var node = _root;
        for (var walked = 0; walked < reach; walked++)
        {
            if (!TryGetChild(node, backward ? text[text.Length - 1 - walked] : text[walked], out node))
            {
                return;
            }

            if (EndsAt(node))
            {
                sink.Add(node, walked + 1);
            }
        }
    }

    // Told each node on the walk that ends a name, and the name's length.
    private interface IMatchSink
    {
        void Add(int node, int length);
    }

    private struct LongestSink(int node) : IMatchSink
    {
        public int Node = node;
        public int Length;

        public void Add(int node, int length) => (Node, Length) = (node, length);
    }

    /// <summary>The index of the name equal to <paramref name="text"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && !MayStartPair(text[0], text[1]))
        {
            return -1;
        }

        var node = _root;
        foreach (var c in text)
        {
            if (!TryGetChild(node, c, out node))
            {
                return -1;
            }
        }

        return text.IsEmpty || !EndsAt(node) ? -1 : _entryAt[node];
    }

    /// <summary>
    /// How many characters of <paramref name="text"/> (from its end, <paramref name="backward"/>) a walk may take: none
    /// when no name starts with its first character, one when no name starts with its first two but a one-character
    /// name may be there, and all of them otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Reach(ReadOnlySpan<char> text, bool backward)
    {
        if (text.IsEmpty || !MayStartName(backward ? text[^1] : text[0]))
        {
            return 0;
        }

        return text.Length >= 2 && MayStartPair(backward ? text[^1] : text[0], backward ? text[^2] : text[1]) ? text.Length
            : _hasSingles ? 1 : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayStartPair(char first, char second)
    {
        var bit = PairBit(first, second) & _pairsMask;
        return (_pairs[bit >> 6] & (1UL << bit)) != 0;
    }

    // Another multiplier than the gates' hash of the same pair (PositionGates): a gated grammar asks a list's trie only
    // where its gate is open, and with the same hash every pair that opens the gate by a collision passed this filter
    // too (its bits are the hash's low ones), so that the walk ran at each. With an unrelated hash, most such pairs
    // stop here.
    private static int PairBit(char first, char second) => (int)((((uint)first << 16) | second) * 0x85EBCA6Bu >> 16);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayStartName(char c)
    {
        var bit = c & _firstsMask;
        return (_firsts[bit >> 6] & (1UL << bit)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Key(int node, char c) => ((long)node << 16) | c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(long key, int shift) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);

    // The slot that holds the key, or the empty one where it would go.
    private static int SlotOf(long[] keys, long key, int shift)
    {
        var slot = Slot(key, shift);
        while (keys[slot] >= 0 && (keys[slot] & ~EndsName) != key)
        {
            slot = (slot + 1) & (keys.Length - 1);
        }

        return slot;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryGetChild(int node, char c, out int child)
    {
        var key = Key(node, c);
        var keys = _keys;
        for (var slot = Slot(key, _shift); ; slot = (slot + 1) & (keys.Length - 1))
        {
            var entry = keys[slot];
            if ((entry & ~EndsName) == key)
            {
                child = slot;
                return true;
            }

            if (entry < 0)
            {
                child = -1;
                return false;
            }
        }
    }

    // Whether the node (a slot, not the root) ends a name.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool EndsAt(int node) => (_keys[node] & EndsName) != 0;

    /// <summary>Walks the trie along a text from its start, yielding each name it passes.</summary>
    public ref struct MatchEnumerator
    {
        private readonly NameTrie _trie;
        private readonly ReadOnlySpan<char> _text;
        private int _walked;
        private int _node;

        internal MatchEnumerator(NameTrie trie, ReadOnlySpan<char> text)
        {
            var reach = trie.Reach(text, backward: false);
            _trie = trie;
            _text = text[..reach];
            _node = reach == 0 ? -1 : trie._root;
        }

        public int Current { get; private set; }

        public readonly MatchEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_node >= 0 && _walked < _text.Length)
            {
                if (!_trie.TryGetChild(_node, _text[_walked++], out _node))
                {
                    _node = -1;
                    return false;
                }

                if (_trie.EndsAt(_node))
                {
                    Current = _trie._entryAt[_node];
                    return true;
                }
            }

            return false;
        }
    }
}
