using System.Buffers;

namespace Weidu.Pipeline.Engine;

/// <summary>
/// An immutable list held in chunks of <see cref="ChunkSize"/>: what a node keeps per item between runs. A list built
/// after a small edit shares every chunk it keeps whole from the previous run's list, so a re-run allocates in
/// proportion to what changed rather than to the corpus, and the chunks stay small enough to keep off the
/// large-object heap.
/// </summary>
internal readonly struct ChunkedList<TItem>
{
    public const int ChunkShift = 8;
    public const int ChunkSize = 1 << ChunkShift;

    private readonly TItem[][]? _chunks;

    private ChunkedList(TItem[][] chunks, int length)
    {
        _chunks = chunks;
        Length = length;
    }

    /// <summary>The number of items.</summary>
    public int Length { get; }

    /// <summary>The item at <paramref name="index"/>.</summary>
    public ref readonly TItem this[int index]
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

    /// <summary>The number of chunks: every chunk but the last holds <see cref="ChunkSize"/> items.</summary>
    public int ChunkCount => _chunks?.Length ?? 0;

    /// <summary>Whether this list and <paramref name="other"/> hold the same chunk object at <paramref name="chunk"/>.</summary>
    internal bool SharesChunk(int chunk, ChunkedList<TItem> other) =>
        chunk < ChunkCount && chunk < other.ChunkCount && ReferenceEquals(_chunks![chunk], other._chunks![chunk]);

    /// <summary>A list of one item.</summary>
    public static ChunkedList<TItem> Single(TItem item) => new([[item]], 1);

    /// <summary>
    /// The list whose chunk <c>c</c> is <paramref name="chunkAt"/>(<c>c</c>), each of the same length as this list's; a
    /// chunk returned as it is stays shared.
    /// </summary>
    public ChunkedList<TItem> MapChunks(Func<int, TItem[]> chunkAt)
    {
        if (_chunks is null)
        {
            return this;
        }

        var chunks = new TItem[_chunks.Length][];
        for (var c = 0; c < chunks.Length; c++)
        {
            chunks[c] = chunkAt(c);
        }

        return new ChunkedList<TItem>(chunks, Length);
    }

    /// <summary>The items of chunk <paramref name="chunk"/>.</summary>
    public ReadOnlySpan<TItem> Chunk(int chunk) => _chunks![chunk];

    /// <summary>Chunk <paramref name="chunk"/> itself, to be shared by another list (chunks are never written after they are built).</summary>
    public TItem[] ChunkArray(int chunk) => _chunks![chunk];

    /// <summary>Enumerates the items in order.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>An enumerator over the items.</summary>
    public struct Enumerator(ChunkedList<TItem> list)
    {
        private int _index = -1;

        /// <summary>The current item.</summary>
        public readonly ref readonly TItem Current => ref list[_index];

        /// <summary>Moves to the next item.</summary>
        public bool MoveNext() => ++_index < list.Length;
    }

    /// <summary>
    /// Appends items in order and cuts them into chunks. A chunk made only of items of the previous list, each at its
    /// old place, is that list's chunk, shared rather than copied. Call <see cref="ToList"/> once at the end: it
    /// returns the scratch chunk to the pool.
    /// </summary>
    public sealed class Builder(ChunkedList<TItem> previous, int capacity)
    {
        private readonly List<TItem[]> _chunks = new((capacity + ChunkSize - 1) >> ChunkShift);
        private TItem[]? _scratch;
        private int _fill;
        private bool _chunkIsPrevious = true;
        private bool _isClosed;

        /// <summary>The list this one may share chunks with.</summary>
        public ChunkedList<TItem> Previous => previous;

        /// <summary>The number of items added so far.</summary>
        public int Count { get; private set; }

        /// <summary>
        /// Appends <paramref name="item"/>; <paramref name="isPreviousItemHere"/> says that it is the previous list's
        /// item at the same index, unchanged.
        /// </summary>
        public void Add(in TItem item, bool isPreviousItemHere = false)
        {
            if (_isClosed)
            {
                throw new InvalidOperationException("A chunk shorter than ChunkSize was appended: it must be the last.");
            }

            _chunkIsPrevious &= isPreviousItemHere;
            _scratch ??= ArrayPool<TItem>.Shared.Rent(ChunkSize);
            _scratch[_fill++] = item;
            Count++;
            if (_fill == ChunkSize)
            {
                Flush();
            }
        }

        /// <summary>
        /// Appends a whole chunk at a chunk boundary (<see cref="Count"/> a multiple of <see cref="ChunkSize"/>), the
        /// array itself rather than a copy; a chunk shorter than <see cref="ChunkSize"/> must be the last.
        /// </summary>
        public void AddChunk(TItem[] chunk)
        {
            if (_isClosed || _fill != 0 || chunk.Length is 0 or > ChunkSize)
            {
                throw new InvalidOperationException("A whole chunk is appended only at a chunk boundary.");
            }

            _chunks.Add(chunk);
            Count += chunk.Length;
            _isClosed = chunk.Length < ChunkSize;
        }

        /// <summary>The items added, as a list.</summary>
        public ChunkedList<TItem> ToList()
        {
            if (_fill > 0)
            {
                Flush();
            }

            if (_scratch is not null)
            {
                ArrayPool<TItem>.Shared.Return(_scratch, clearArray: true);
                _scratch = null;
            }

            return new ChunkedList<TItem>([.. _chunks], Count);
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
