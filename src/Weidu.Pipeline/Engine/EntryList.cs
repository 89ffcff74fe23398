using System.Buffers;

namespace Weidu.Pipeline.Engine;

/// <summary>
/// The entries of a node table, held in chunks of <see cref="ChunkSize"/>. A table built after a small edit shares
/// every chunk whose entries equal the previous table's chunk at the same place, so a re-run allocates in proportion
/// to what changed rather than to the corpus, and the chunks stay small enough to keep off the large-object heap.
/// </summary>
internal readonly struct EntryList<T>
{
    public const int ChunkShift = 8;
    public const int ChunkSize = 1 << ChunkShift;

    private readonly TableEntry<T>[][]? _chunks;

    private EntryList(TableEntry<T>[][] chunks, int length)
    {
        _chunks = chunks;
        Length = length;
    }

    /// <summary>The number of entries.</summary>
    public int Length { get; }

    /// <summary>The entry at <paramref name="index"/>.</summary>
    public ref readonly TableEntry<T> this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ref _chunks![index >> ChunkShift][index & (ChunkSize - 1)];
        }
    }

    private int ChunkCount => _chunks?.Length ?? 0;

    /// <summary>Whether this list and <paramref name="other"/> hold the same chunk object at <paramref name="chunk"/>.</summary>
    internal bool SharesChunk(int chunk, EntryList<T> other) =>
        chunk < ChunkCount && chunk < other.ChunkCount && ReferenceEquals(_chunks![chunk], other._chunks![chunk]);

    /// <summary>A list of one entry: the table of a single-value node.</summary>
    public static EntryList<T> Single(TableEntry<T> entry) => new([[entry]], 1);

    /// <summary>The same entries, all marked cached; chunks that are already all cached are shared, not copied.</summary>
    public EntryList<T> AllCached()
    {
        if (_chunks is null)
        {
            return this;
        }

        var chunks = new TableEntry<T>[_chunks.Length][];
        for (var c = 0; c < chunks.Length; c++)
        {
            var chunk = _chunks[c];
            chunks[c] = chunk;
            for (var i = 0; i < chunk.Length; i++)
            {
                if (chunk[i].Reason != IncrementalStepRunReason.Cached)
                {
                    chunks[c] = Array.ConvertAll(chunk, static e => e with { Reason = IncrementalStepRunReason.Cached });
                    break;
                }
            }
        }

        return new EntryList<T>(chunks, Length);
    }

    /// <summary>Enumerates the entries in order.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>An enumerator over the entries.</summary>
    public struct Enumerator(EntryList<T> list)
    {
        private int _index = -1;

        /// <summary>The current entry.</summary>
        public readonly ref readonly TableEntry<T> Current => ref list[_index];

        /// <summary>Moves to the next entry.</summary>
        public bool MoveNext() => ++_index < list.Length;
    }

    /// <summary>
    /// Appends entries in order and cuts them into chunks. A chunk made only of the previous table's entries, each at
    /// its old place with its old reason, is that table's chunk, shared rather than copied. Call
    /// <see cref="ToEntryList"/> once at the end: it returns the scratch chunk to the pool.
    /// </summary>
    public sealed class Builder(EntryList<T> previous, int capacity)
    {
        private readonly List<TableEntry<T>[]> _chunks = new((capacity + ChunkSize - 1) >> ChunkShift);
        private TableEntry<T>[]? _scratch;
        private int _fill;
        private bool _chunkIsPrevious = true;

        /// <summary>The number of entries added so far.</summary>
        public int Count { get; private set; }

        /// <summary>Appends a new or recomputed entry.</summary>
        public void Add(in TableEntry<T> entry)
        {
            _chunkIsPrevious = false;
            Append(entry);
        }

        /// <summary>Appends <paramref name="old"/>, an entry of the previous table, with <paramref name="reason"/>.</summary>
        public void AddPrevious(in TableEntry<T> old, IncrementalStepRunReason reason)
        {
            // A key names one entry of a table, so the same key at the same place with the same reason is the same entry.
            if (_chunkIsPrevious)
            {
                _chunkIsPrevious = Count < previous.Length && previous[Count].Key == old.Key && previous[Count].Reason == reason;
            }

            Append(old with { Reason = reason });
        }

        /// <summary>The entries added, as a list.</summary>
        public EntryList<T> ToEntryList()
        {
            if (_fill > 0)
            {
                Flush();
            }

            if (_scratch is not null)
            {
                ArrayPool<TableEntry<T>>.Shared.Return(_scratch, clearArray: true);
                _scratch = null;
            }

            return new EntryList<T>([.. _chunks], Count);
        }

        private void Append(in TableEntry<T> entry)
        {
            _scratch ??= ArrayPool<TableEntry<T>>.Shared.Rent(ChunkSize);
            _scratch[_fill++] = entry;
            Count++;
            if (_fill == ChunkSize)
            {
                Flush();
            }
        }

        private void Flush()
        {
            var c = _chunks.Count;
            var old = c < previous.ChunkCount ? previous._chunks![c] : null;
            _chunks.Add(_chunkIsPrevious && old?.Length == _fill ? old : _scratch.AsSpan(0, _fill).ToArray());
            _fill = 0;
            _chunkIsPrevious = true;
        }
    }
}
