/// <summary>
/// Builds a double array (Aoe 1989, as in Darts) over the lexicon's words in ordinal order, so the
/// index of a word in that order is its entry number.
/// </summary>
internal static class DoubleArrayTrieBuilder
{
    /// <summary>
    /// Places nodes in order of the total frequency of the words below them, not breadth first: the
    /// first free slots go to the nodes text reaches most often, which then share cache lines near
    /// the root's children instead of being spread over the whole array.
    /// </summary>
    public static (int[] Base, int[] Check) Build(string[] words, int[] frequencies, ushort[] codes)
    {
        var weight = new long[words.Length + 1];
        for (var i = 0; i < words.Length; i++)
        {
            weight[i + 1] = weight[i] + frequencies[i];
        }

        var state = new BuildState(words.Length * 4);
        state.Check[0] = 0;
        var queue = new PriorityQueue<(int Node, int Lo, int Hi, int Depth), long>();
        queue.Enqueue((0, 0, words.Length, 0), 0);
        var children = new List<(int Code, int Lo, int Hi)>();
        while (queue.TryDequeue(out var item, out _))
        {
            children.Clear();
            for (var i = item.Lo; i < item.Hi;)
            {
                if (words[i].Length == item.Depth)
                {
                    children.Add((0, i, i + 1));
                    i++;
                    continue;
                }

                var c = words[i][item.Depth];
                var j = i + 1;
                while (j < item.Hi && words[j].Length > item.Depth && words[j][item.Depth] == c)
                {
                    j++;
                }

                children.Add((codes[c], i, j));
                i = j;
            }

            var b = state.FindBase(children);
            state.Base[item.Node] = b;
            foreach (var (childCode, lo, hi) in children)
            {
                var slot = b + childCode;
                state.Check[slot] = item.Node;
                if (childCode == 0)
                {
                    state.Base[slot] = -(lo + 1);
                }
                else
                {
                    queue.Enqueue((slot, lo, hi, item.Depth + 1), weight[lo] - weight[hi]);
                }
            }
        }

        var length = state.Length;
        return (state.Base[..length], state.Check[..length]);
    }

    /// <summary>The arrays under construction, with the free slots in a doubly linked list so searches skip used ones.</summary>
    private sealed class BuildState
    {
        public int[] Base;
        public int[] Check;
        private bool[] _used;
        private int[] _next;
        private int[] _previous;
        private int _head;
        private int _tail;

        public BuildState(int capacity)
        {
            Base = new int[capacity];
            Check = new int[capacity];
            _used = new bool[capacity];
            _next = new int[capacity];
            _previous = new int[capacity];
            Array.Fill(Check, -1);
            _used[0] = true;
            _head = -1;
            _tail = -1;
            Link(1, capacity);
        }

        public int Length { get; private set; } = 1;

        public int FindBase(List<(int Code, int Lo, int Hi)> children)
        {
            var first = children[0].Code;
            var maxCode = 0;
            foreach (var child in children)
            {
                maxCode = Math.Max(maxCode, child.Code);
            }

            for (var p = _head; ; p = _next[p])
            {
                if (p < 0 || _next[p] < 0)
                {
                    Grow(Math.Max(Base.Length * 2, (p < 0 ? Base.Length : p) + maxCode + 2));
                    p = p < 0 ? _head : p;
                }

                var b = p - first;
                if (b < 1 || b + maxCode >= Base.Length)
                {
                    if (b + maxCode >= Base.Length)
                    {
                        Grow(Math.Max(Base.Length * 2, b + maxCode + 2));
                    }

                    if (b < 1)
                    {
                        continue;
                    }
                }

                if (!AllFree(children, b))
                {
                    continue;
                }

                foreach (var child in children)
                {
                    Occupy(b + child.Code);
                }

                Length = Math.Max(Length, b + maxCode + 1);
                return b;
            }
        }

        private bool AllFree(List<(int Code, int Lo, int Hi)> children, int b)
        {
            foreach (var child in children)
            {
                if (_used[b + child.Code])
                {
                    return false;
                }
            }

            return true;
        }

        private void Occupy(int slot)
        {
            _used[slot] = true;
            var previous = _previous[slot];
            var next = _next[slot];
            if (previous >= 0)
            {
                _next[previous] = next;
            }
            else
            {
                _head = next;
            }

            if (next >= 0)
            {
                _previous[next] = previous;
            }
            else
            {
                _tail = previous;
            }
        }

        private void Grow(int size)
        {
            var oldSize = Base.Length;
            Array.Resize(ref Base, size);
            Array.Resize(ref Check, size);
            Array.Resize(ref _used, size);
            Array.Resize(ref _next, size);
            Array.Resize(ref _previous, size);
            Array.Fill(Check, -1, oldSize, size - oldSize);
            Link(oldSize, size);
        }

        // Appends the free slots [from, to) to the end of the list.
        private void Link(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                _previous[i] = _tail;
                _next[i] = -1;
                if (_tail >= 0)
                {
                    _next[_tail] = i;
                }
                else
                {
                    _head = i;
                }

                _tail = i;
            }
        }
    }
}
