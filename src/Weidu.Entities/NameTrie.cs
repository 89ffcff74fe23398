using System.Numerics;

namespace Weidu.Entities;

/// <summary>
/// A character trie over a gazetteer's names, so that every name starting at a position is found in one walk whose
/// length is bounded by the longest name, however many names share a first character.
/// </summary>
internal sealed class NameTrie
{
    private const int Root = 0;

    // One hash table for every edge, keyed by (node, character): a node of a name list has few children, and a
    // table per node would cost far more memory than the names. Open addressing at most half full, probed linearly:
    // a look-up is one multiplication and usually one read, which the grammars do at almost every position.
    private readonly long[] _keys;
    private readonly int[] _children;
    private readonly int _shift;

    // The entry index each node ends, or -1.
    private readonly int[] _entryAt;

    // The first characters of the names, so most positions of a text cost no hashing. Every character has its own
    // bit: a filter on fewer bits lets most Han characters through once a list has a few hundred first characters.
    private readonly BitSet _firsts = new();

    public NameTrie(IReadOnlyList<string> names)
    {
        var edges = new Dictionary<long, int>(names.Sum(n => n.Length));
        var entryAt = new List<int> { -1 };
        for (var index = 0; index < names.Count; index++)
        {
            var node = Root;
            if (names[index].Length > 0)
            {
                _firsts.Add(names[index][0]);
            }

            foreach (var c in names[index])
            {
                if (!edges.TryGetValue(Key(node, c), out var next))
                {
                    next = entryAt.Count;
                    entryAt.Add(-1);
                    edges.Add(Key(node, c), next);
                }

                node = next;
            }

            entryAt[node] = index;
        }

        _entryAt = [.. entryAt];
        var bits = Math.Max(1, 64 - BitOperations.LeadingZeroCount((ulong)edges.Count * 2));
        _shift = 64 - bits;
        _keys = new long[1 << bits];
        _children = new int[1 << bits];
        _keys.AsSpan().Fill(-1);
        foreach (var (key, child) in edges)
        {
            var slot = Slot(key);
            while (_keys[slot] >= 0)
            {
                slot = (slot + 1) & (_keys.Length - 1);
            }

            (_keys[slot], _children[slot]) = (key, child);
        }
    }

    /// <summary>The indices of the names that start <paramref name="text"/>, shortest first.</summary>
    public MatchEnumerator MatchesAt(ReadOnlySpan<char> text) => new(this, text, backward: false);

    /// <summary>
    /// The indices of the names that end <paramref name="text"/>, shortest first, for a trie made of reversed names.
    /// </summary>
    public MatchEnumerator MatchesBefore(ReadOnlySpan<char> text) => new(this, text, backward: true);

    /// <summary>The index of the name equal to <paramref name="text"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> text)
    {
        var node = Root;
        foreach (var c in text)
        {
            if (!TryGetChild(node, c, out node))
            {
                return -1;
            }
        }

        return text.IsEmpty ? -1 : _entryAt[node];
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private bool TryGetChild(int node, char c, out int child)
    {
        var key = Key(node, c);
        var keys = _keys;
        for (var slot = Slot(key); ; slot = (slot + 1) & (keys.Length - 1))
        {
            if (keys[slot] == key)
            {
                child = _children[slot];
                return true;
            }

            if (keys[slot] < 0)
            {
                child = -1;
                return false;
            }
        }
    }

    /// <summary>Walks the trie along a text, forwards from its start or backwards from its end, yielding each name it passes.</summary>
    public ref struct MatchEnumerator
    {
        private readonly NameTrie _trie;
        private readonly ReadOnlySpan<char> _text;
        private readonly bool _backward;
        private int _walked;
        private int _node;

        internal MatchEnumerator(NameTrie trie, ReadOnlySpan<char> text, bool backward)
        {
            _trie = trie;
            _text = text;
            _backward = backward;
            var first = text.IsEmpty ? '\0' : backward ? text[^1] : text[0];
            _node = text.IsEmpty || !trie._firsts.Contains(first) ? -1 : Root;
        }

        public int Current { get; private set; }

        public readonly MatchEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_node >= 0 && _walked < _text.Length)
            {
                var c = _backward ? _text[_text.Length - 1 - _walked] : _text[_walked];
                _walked++;
                if (!_trie.TryGetChild(_node, c, out _node))
                {
                    _node = -1;
                    return false;
                }

                if (_trie._entryAt[_node] >= 0)
                {
                    Current = _trie._entryAt[_node];
                    return true;
                }
            }

            return false;
        }
    }
}
